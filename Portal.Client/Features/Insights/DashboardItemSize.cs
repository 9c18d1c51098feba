using System.Text.Json.Serialization;
using Lodestar.Portal.Client.Features.Segments.Rules;

namespace Lodestar.Portal.Client.Features.Insights;

/// <summary>How wide a card is on a wide screen: a third, half or the whole row.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<DashboardItemSize>))]
public enum DashboardItemSize
{
    Small,
    Medium,
    Large,
}
