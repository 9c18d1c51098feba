using System.Text.Json.Serialization;

namespace Lodestar.Portal.Client.Features.Segments.Rules;

/// <summary>Mirrors the Domain's <c>Frequency</c> (the JSON names are equal; RuleJsonSyncTests keeps them so).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<Frequency>))]
public enum Frequency
{
    AtLeast,
    AtMost,
    Exactly,
}
