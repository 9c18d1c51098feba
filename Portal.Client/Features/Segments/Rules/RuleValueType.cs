using System.Text.Json.Serialization;

namespace Lodestar.Portal.Client.Features.Segments.Rules;

/// <summary>Mirrors the Domain's <c>RuleValueType</c> (the JSON names are equal; RuleJsonSyncTests keeps them so).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<RuleValueType>))]
public enum RuleValueType
{
    String,
    Number,
    Boolean,
    Date,
}
