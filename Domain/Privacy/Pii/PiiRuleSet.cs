using System.Text;
using System.Text.Json;

namespace Lodestar.Domain.Privacy.Pii;

/// <summary>
/// Checked PII rules ready for ingestion: a tree of their paths for rewriting a message, and the cheap test that tells
/// the normaliser whether a message needs rewriting at all (most do not).
/// </summary>
public sealed class PiiRuleSet
{
    internal const string Properties = "properties";
    internal const string Traits = "traits";
    internal const string Context = "context";

    /// <summary>Where Lodestar records in a stored message what it did (<c>context.lodestar.pii</c>); clients cannot write it.</summary>
    internal const string Reserved = "lodestar";

    private static readonly byte[] ReservedUtf8 = Encoding.UTF8.GetBytes(Reserved);

    private readonly (int Root, byte[][] Keys, bool IsIp)[] _paths;

    public PiiRuleSet(IReadOnlyList<PiiRule> rules)
    {
        Rules = rules;
        _paths = new (int, byte[][], bool)[rules.Count];
        for (var i = 0; i < rules.Count; i++)
        {
            var segments = rules[i].Path.Split('.');
            var node = Root;
            foreach (var segment in segments)
                node = node.Add(segment);

            node.Rule = rules[i];
            var root = Array.IndexOf<string>([Properties, Traits, Context], segments[0]);
            _paths[i] = (root, segments.Skip(1).Select(Encoding.UTF8.GetBytes).ToArray(), root == 2 && segments is [_, "ip"]);
        }

        (PropertiesNode, TraitsNode, ContextNode) = (Root[Properties], Root[Traits], Root[Context]);
    }

    public static PiiRuleSet Empty { get; } = new([]);

    public IReadOnlyList<PiiRule> Rules { get; }

    internal PiiPathNode Root { get; } = new();

    internal PiiPathNode? PropertiesNode { get; }

    internal PiiPathNode? TraitsNode { get; }

    internal PiiPathNode? ContextNode { get; }

    /// <summary>
    /// Whether a message has a value at a rule's path (or a <c>context.lodestar</c> of its own, which is removed), so the
    /// normaliser must rewrite it; false for most messages, at the cost of a few key look-ups.
    /// </summary>
    /// <param name="serverKnowsIp">The server knows the client's address, so the stored context has an <c>ip</c> whatever was sent.</param>
    internal bool Applies(JsonElement? properties, JsonElement? traits, JsonElement? context, JsonElement? batchContext, bool serverKnowsIp)
    {
        if (Has(context, ReservedUtf8) || Has(batchContext, ReservedUtf8))
            return true;
        foreach (var (root, keys, isIp) in _paths)
        {
            var found = root switch
            {
                0 => Has(properties, keys),
                1 => Has(traits, keys),
                _ => (isIp && serverKnowsIp) || Has(context, keys) || Has(batchContext, keys),
            };
            if (found)
                return true;
        }

        return false;
    }

    private static bool Has(JsonElement? element, byte[] key) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(key, out _);

    private static bool Has(JsonElement? element, byte[][] keys)
    {
        if (element is not { } current)
            return false;
        foreach (var key in keys)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(key, out current))
                return false;
        }

        return current.ValueKind != JsonValueKind.Null;
    }
}
