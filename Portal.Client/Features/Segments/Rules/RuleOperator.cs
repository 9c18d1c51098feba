using System.Text.Json.Serialization;

namespace Lodestar.Portal.Client.Features.Segments.Rules;

/// <summary>Mirrors the Domain's <c>RuleOperator</c> (the JSON names are equal; RuleJsonSyncTests keeps them so).</summary>
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
