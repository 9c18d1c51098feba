using System.Text.Json.Serialization;
using Lodestar.Portal.Client.Features.Segments.Rules;

namespace Lodestar.Portal.Client.Features.Funnels;

[JsonConverter(typeof(CamelCaseEnumConverter<FunnelInterval>))]
public enum FunnelInterval
{
    Day,
    Week,
}
