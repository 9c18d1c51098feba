using System.Text.Json.Serialization;
using Lodestar.Portal.Client.Features.Segments.Rules;

namespace Lodestar.Portal.Client.Features.Funnels;

[JsonConverter(typeof(CamelCaseEnumConverter<FunnelOutcome>))]
public enum FunnelOutcome
{
    /// <summary>Reached the step.</summary>
    Converted,

    /// <summary>Reached the previous step but not this one.</summary>
    DroppedOff,
}
