using System.Text.Json.Serialization;
using Lodestar.Portal.Client.Features.Segments.Rules;

namespace Lodestar.Portal.Client.Features.Funnels;

[JsonConverter(typeof(CamelCaseEnumConverter<FunnelOrder>))]
public enum FunnelOrder
{
    /// <summary>Steps in order; other events may happen in between.</summary>
    Ordered,

    /// <summary>Steps in order with none of the person's other events in between.</summary>
    Strict,

    /// <summary>All steps within the window in any order; step k counts people who did k of them.</summary>
    Unordered,
}
