using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lodestar.Domain.Segments.Rules;

/// <summary>Writes the rule enums as camelCase strings whatever options the serializer was given (API bodies use the defaults).</summary>
public sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
