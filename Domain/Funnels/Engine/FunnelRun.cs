namespace Lodestar.Domain.Funnels.Engine;

/// <summary>A computed funnel: the events read and each person's attempts.</summary>
internal sealed record FunnelRun(FunnelPlan Plan, FunnelEvents Events, List<FunnelAttempt> Attempts,
    IReadOnlyDictionary<long, string>? Traits, long Read);
