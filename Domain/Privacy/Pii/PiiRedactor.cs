using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Lodestar.Domain.Privacy.Pii;

/// <summary>
/// Writes parts of a message by the PII rules while the normaliser writes it: drops or hashes the values the rules name
/// (objects are followed, arrays are not), and records what it did in <c>context.lodestar.pii</c>, a key that belongs
/// to the server (whatever a client sends in <c>context.lodestar</c> is left out).
/// </summary>
internal static class PiiRedactor
{
    /// <summary>A copy of an object with the rules under <paramref name="node"/> applied.</summary>
    /// <param name="applied">Receives the rules that changed something, in document order.</param>
    public static void WriteObject(Utf8JsonWriter writer, JsonElement value, PiiPathNode node, List<PiiRule> applied)
    {
        writer.WriteStartObject();
        foreach (var property in value.EnumerateObject())
            WriteProperty(writer, property, node.Find(property), applied);
        writer.WriteEndObject();
    }

    /// <summary>
    /// The properties of the message's context merged with the batch's (the message's values win, objects merge), the
    /// address the server knows when neither has one, and the marks of everything applied so far (properties and traits
    /// are written before the context).
    /// </summary>
    public static void WriteContextProperties(Utf8JsonWriter writer, JsonElement? context, JsonElement? batchContext, PiiPathNode? node,
        string? serverIp, List<PiiRule> applied)
    {
        var hasIp = WriteMerged(writer, context, batchContext, node, applied, skip: PiiRuleSet.Reserved);
        if (!hasIp && serverIp is not null)
        {
            if (node?["ip"]?.Rule is { } rule)
            {
                applied.Add(rule);
                if (rule.Action == PiiAction.Hash)
                    writer.WriteString("ip"u8, HashText(serverIp));
            }
            else
            {
                writer.WriteString("ip"u8, serverIp);
            }
        }

        if (applied.Count == 0)
            return;
        writer.WriteStartObject(PiiRuleSet.Reserved);
        writer.WriteStartArray("pii"u8);
        foreach (var rule in applied)
        {
            writer.WriteStartObject();
            writer.WriteString("path"u8, rule.Path);
            writer.WriteString("action"u8, rule.ActionName);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The lower-case hex SHA-256 of a value's string form (a string's text, a number's or object's JSON).</summary>
    public static string Hash(JsonElement value) => HashText(value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    });

    private static string HashText(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <returns>Whether the merged object has an <c>ip</c> key at its top.</returns>
    private static bool WriteMerged(Utf8JsonWriter writer, JsonElement? primary, JsonElement? secondary, PiiPathNode? node, List<PiiRule> applied,
        string? skip)
    {
        var hasIp = false;
        var other = secondary is { ValueKind: JsonValueKind.Object } s ? s : (JsonElement?)null;
        if (primary is { ValueKind: JsonValueKind.Object } first)
        {
            foreach (var property in first.EnumerateObject())
            {
                if (skip is not null && property.NameEquals(skip))
                    continue;
                hasIp |= property.NameEquals("ip"u8);
                var child = node?.Find(property);
                if (child?.Rule is null && property.Value.ValueKind == JsonValueKind.Object
                    && other is { } o && o.TryGetProperty(property.Name, out var counterpart) && counterpart.ValueKind == JsonValueKind.Object)
                {
                    writer.WritePropertyName(property.Name);
                    writer.WriteStartObject();
                    WriteMerged(writer, property.Value, counterpart, child, applied, null);
                    writer.WriteEndObject();
                }
                else
                {
                    WriteProperty(writer, property, child, applied);
                }
            }
        }

        if (other is { } second)
        {
            foreach (var property in second.EnumerateObject())
            {
                if ((skip is not null && property.NameEquals(skip))
                    || (primary is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty(property.Name, out _)))
                    continue;
                hasIp |= property.NameEquals("ip"u8);
                WriteProperty(writer, property, node?.Find(property), applied);
            }
        }

        return hasIp;
    }

    private static void WriteProperty(Utf8JsonWriter writer, JsonProperty property, PiiPathNode? node, List<PiiRule> applied)
    {
        if (node?.Rule is { } rule && property.Value.ValueKind != JsonValueKind.Null)
        {
            applied.Add(rule);
            if (rule.Action == PiiAction.Hash)
                writer.WriteString(property.Name, Hash(property.Value));
        }
        else if (node is { Rule: null } && property.Value.ValueKind == JsonValueKind.Object)
        {
            writer.WritePropertyName(property.Name);
            WriteObject(writer, property.Value, node, applied);
        }
        else
        {
            property.WriteTo(writer);
        }
    }
}
