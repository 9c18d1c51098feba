using System.Text.Json.Serialization;

namespace Lodestar.Portal.Client.Features.Segments.Rules;

/// <summary>Mirrors the Domain's <c>Aggregation</c> (the JSON names are equal; RuleJsonSyncTests keeps them so).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<Aggregation>))]
public enum Aggregation
{
    Sum,
    Average,
    Min,
    Max,
    Count,
    First,
    Last,
    MostFrequent,
}
