using System.Text.Json.Serialization;

namespace Lodestar.Domain.Segments.Rules;

[JsonConverter(typeof(CamelCaseEnumConverter<Frequency>))]
public enum Frequency
{
    AtLeast,
    AtMost,
    Exactly,
}
