using Lodestar.Domain.Segments.Rules;

namespace Lodestar.Domain.Funnels;

/// <summary>The event, done after step <see cref="FromStep"/> and before step <see cref="ToStep"/> (1-based), leaves the person out.</summary>
public sealed record FunnelExclusion(string Event, IReadOnlyList<PropertyFilter> Filters, int FromStep, int ToStep);
