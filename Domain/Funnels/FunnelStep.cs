using Lodestar.Domain.Segments.Rules;

namespace Lodestar.Domain.Funnels;

/// <param name="Window">At most this long after the previous required step, besides the funnel's own window.</param>
public sealed record FunnelStep(string Event, IReadOnlyList<PropertyFilter> Filters, bool Optional = false,
    TimeSpan? Window = null, string? Label = null)
{
    public string Name => string.IsNullOrWhiteSpace(Label) ? Event : Label;
}
