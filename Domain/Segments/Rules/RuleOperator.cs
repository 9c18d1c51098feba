using System.Text.Json.Serialization;

namespace Lodestar.Domain.Segments.Rules;

[JsonConverter(typeof(CamelCaseEnumConverter<RuleOperator>))]
public enum RuleOperator
{
    Equals,
    NotEquals,
    Contains,
    StartsWith,
    Exists,
    NotExists,
    GreaterThan,
    LessThan,
    Between,
    InList,
    Before,
    After,
    WithinLastDays,
}
