namespace Lodestar.Domain.Funnels.Engine;

/// <summary>The people behind one step's bar (or one breakdown group's), from the attempts.</summary>
internal static class FunnelPeopleSelector
{
    /// <param name="step">0-based.</param>
    public static List<FunnelPerson> Select(FunnelPlan plan, FunnelEvents events, List<FunnelAttempt> attempts,
        IReadOnlyDictionary<long, string>? traits, int step, FunnelOutcome outcome, string? breakdownValue)
    {
        var top = breakdownValue is null ? null : FunnelResultCalculator.TopValues(plan, events, attempts, traits);
        var previous = plan.Query.Order == FunnelOrder.Unordered ? step - 1 : plan.PreviousRequired(step);
        var people = new Dictionary<long, FunnelPerson>();
        foreach (var attempt in attempts)
        {
            var selected = outcome == FunnelOutcome.Converted
                ? attempt.Reached(step)
                : previous >= 0 && attempt.Reached(previous) && !attempt.Reached(step);
            if (!selected || people.ContainsKey(attempt.ProfileId))
                continue;
            if (top is not null && FunnelResultCalculator.GroupLabel(FunnelResultCalculator.GroupValue(plan, events, attempt, traits), top) != breakdownValue)
                continue;
            var entered = At(events, attempt.Entry);
            people[attempt.ProfileId] = new FunnelPerson(attempt.ProfileId, "", entered, attempt.Reached(step) ? At(events, attempt.Nodes[step]) : null);
        }

        return [.. people.Values.OrderBy(p => p.ReachedAt ?? p.EnteredAt).ThenBy(p => p.ProfileId)];
    }

    private static DateTime At(FunnelEvents events, int index) => new(events.Ticks[index], DateTimeKind.Utc);
}
