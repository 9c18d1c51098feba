namespace Lodestar.Domain.Funnels.Engine;

/// <summary>
/// One stored event as a funnel sees it: which steps (bit k = step k + 1) and exclusions it matches, and the values
/// the query reads from it. An event with no bits is one of the person's other events (strict funnels).
/// </summary>
internal readonly record struct FunnelEventRow(long ProfileId, DateTime Timestamp, long EventId, uint Steps, uint Exclusions = 0,
    string? Breakdown = null, string? Hold = null, double? Value = null);
