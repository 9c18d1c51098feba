using System.Text.Json.Serialization;
using Lodestar.Portal.Client.Features.Segments.Rules;

namespace Lodestar.Portal.Client.Features.Funnels;

[JsonConverter(typeof(CamelCaseEnumConverter<FunnelCounting>))]
public enum FunnelCounting
{
    /// <summary>Each person once, at the furthest step they reached.</summary>
    People,

    /// <summary>Every attempt: each step-1 event not already part of an earlier attempt starts one.</summary>
    Conversions,
}
