using Lodestar.Portal.Client.Features.Segments.Rules;

namespace Lodestar.Portal.Client.Features.Funnels;

/// <summary>One step: an event name (track event, page name, screen name or CRM event) with optional property filters.</summary>
public sealed class FunnelStepDto
{
    public string Event { get; set; } = "";

    /// <summary>Shown instead of the event name when set.</summary>
    public string? Label { get; set; }

    /// <summary>All must hold; the same filters as segment event conditions.</summary>
    public List<PropertyFilterDto> Filters { get; set; } = [];

    /// <summary>People may skip an optional step and still count for the later ones. Never the first or last step.</summary>
    public bool Optional { get; set; }

    /// <summary>At most this long after the previous step (besides the whole funnel's window); null for no own limit.</summary>
    public FunnelWindowDto? Window { get; set; }
}
