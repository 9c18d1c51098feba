using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lodestar.Portal.Client.Features.Segments.Rules;

/// <summary>The rule JSON settings, equal to the Domain's SegmentRuleJson.</summary>
public static class RuleJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(RuleGroupDto rule) => JsonSerializer.Serialize<RuleNodeDto>(rule, Options);

    public static RuleGroupDto? Parse(string json) => JsonSerializer.Deserialize<RuleNodeDto>(json, Options) as RuleGroupDto;
}
