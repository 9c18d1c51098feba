using System.Text.Json.Serialization;

namespace Lodestar.Domain.Segments.Rules;

/// <summary>The type a condition compares its value as; it decides which operators are offered.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<RuleValueType>))]
public enum RuleValueType
{
    String,
    Number,
    Boolean,
    Date,
}
