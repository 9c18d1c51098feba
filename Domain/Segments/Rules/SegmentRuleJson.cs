using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lodestar.Domain.Segments.Rules;

/// <summary>The JSON form of a rule tree: camelCase names, enums as camelCase strings, nulls left out.</summary>
public static class SegmentRuleJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(RuleGroup rule) => JsonSerializer.Serialize<RuleNode>(rule, Options);

    /// <summary>Reads a rule tree; malformed JSON is a validation error on the field <c>rule</c>.</summary>
    public static RuleGroup Parse(string json)
    {
        RuleGroup? rule;
        try
        {
            // The top is always a group, so its "kind" may be left out (the API's own bodies carry the group as such).
            rule = JsonSerializer.Deserialize<RuleGroup>(json, Options);
        }
        catch (JsonException ex)
        {
            throw new DomainValidationException("rule", $"The rule is not valid JSON for a segment rule: {Describe(ex)}");
        }
        catch (NotSupportedException ex)
        {
            throw new DomainValidationException("rule", $"The rule is not valid JSON for a segment rule: {ex.Message}");
        }

        return rule ?? throw new DomainValidationException("rule", "The rule must be a group (kind \"group\") at the top.");
    }

    private static string Describe(JsonException ex) =>
        ex.Path is { Length: > 0 } path ? $"{ex.Message.Split(" Path:")[0]} (at {path})" : ex.Message;
}
