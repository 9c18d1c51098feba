using Lodestar.Portal.Client.Features.Segments.Rules;

namespace Lodestar.Portal.Client.Features.Segments.Builder;

/// <summary>The schema's type names ("string", "number", "boolean", "date") as rule value types, and how the builder names them.</summary>
public static class FieldTypes
{
    public static RuleValueType? Parse(string? type) => type?.ToLowerInvariant() switch
    {
        "string" => RuleValueType.String,
        "number" => RuleValueType.Number,
        "boolean" => RuleValueType.Boolean,
        "date" => RuleValueType.Date,
        _ => null,
    };

    public static string Label(RuleValueType type) => type switch
    {
        RuleValueType.Number => "number",
        RuleValueType.Boolean => "true / false",
        RuleValueType.Date => "date",
        _ => "text",
    };

    /// <summary>Makes a test compare as <paramref name="type"/>, keeping its operator when it still fits.</summary>
    public static void Retype(ValueTestDto test, RuleValueType type)
    {
        test.Type = type;
        if (!RuleOperators.Fits(type, test.Operator))
            test.Operator = RuleOperators.For(type)[0];
    }
}
