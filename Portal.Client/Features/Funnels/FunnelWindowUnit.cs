using System.Text.Json.Serialization;
using Lodestar.Portal.Client.Features.Segments.Rules;

namespace Lodestar.Portal.Client.Features.Funnels;

[JsonConverter(typeof(CamelCaseEnumConverter<FunnelWindowUnit>))]
public enum FunnelWindowUnit
{
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
}
