using Lodestar.Domain.Funnels;
using Lodestar.Domain.Funnels.Engine;

namespace Lodestar.Domain.Tests.Funnels;

/// <summary>
/// Hand-built event sequences for the funnel engine: people, minutes after <see cref="Start"/>, and the steps (or
/// exclusions) each event matches. Event ids follow the order events are added unless given.
/// </summary>
internal sealed class FunnelScenario
{
    public static readonly DateTime Start = new(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc);
    private readonly List<FunnelEventRow> _rows = [];
    private long _nextId = 1;

    public FunnelScenario Event(long person, double minutes, uint steps, string? breakdown = null, string? hold = null,
        double? value = null, uint exclusions = 0, long? id = null)
    {
        _rows.Add(new FunnelEventRow(person, Start.AddMinutes(minutes), id ?? _nextId++, steps, exclusions, breakdown, hold, value));
        return this;
    }

    /// <summary>A step bit from 1-based step numbers.</summary>
    public static uint S(params int[] steps) => steps.Aggregate(0u, (mask, s) => mask | 1u << (s - 1));

    public static FunnelQuery Query(int steps, TimeSpan? window = null) => new()
    {
        Steps = [.. Enumerable.Range(1, steps).Select(k => new FunnelStep($"Step {k}", []))],
        From = DateOnly.FromDateTime(Start),
        To = DateOnly.FromDateTime(Start).AddDays(27),
        Window = window ?? TimeSpan.FromDays(14),
    };

    public FunnelResult Run(FunnelQuery query, IReadOnlyDictionary<long, string>? traits = null)
    {
        FunnelQueryValidator.Check(query);
        var (plan, events, attempts) = Attempts(query);
        return FunnelResultCalculator.Result(plan, events, attempts, traits, Start, events.Count);
    }

    public (FunnelPlan Plan, FunnelEvents Events, List<FunnelAttempt> Attempts) Attempts(FunnelQuery query)
    {
        var plan = new FunnelPlan(query);
        var events = FunnelEvents.From([.. _rows]);
        return (plan, events, FunnelCalculator.Attempts(plan, events));
    }

    public static long[] Counts(FunnelResult result) => [.. result.Steps.Select(s => s.Count)];
}
