using System.Text.Json.Serialization;

namespace Lodestar.Domain.Segments.Rules;

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
