namespace Lodestar.Domain.Funnels.Engine;

/// <summary>
/// Turns each person's events into their attempt(s): one per person when counting people (the best over the values
/// of held-constant properties), every attempt when counting conversions. People whose attempt saw an exclusion
/// event are left out altogether.
/// </summary>
internal static class FunnelCalculator
{
    public static List<FunnelAttempt> Attempts(FunnelPlan plan, FunnelEvents events)
    {
        var attempts = new List<FunnelAttempt>();
        var ordered = new FunnelPathFinder(plan, events);
        var unordered = new UnorderedMatcher(plan, events);
        var hold = plan.Query.HoldConstant.Count > 0;
        foreach (var (start, end) in events.People())
        {
            if (plan.Query.CountBy == FunnelCounting.Conversions)
            {
                Conversions(plan, events, ordered, start, end, attempts);
                continue;
            }

            var attempt = hold
                ? BestOverHeldValues(plan, events, ordered, unordered, start, end)
                : Find(plan, ordered, unordered, start, end, null);
            if (attempt is not null && !FunnelExclusions.Excludes(plan, events, attempt, end))
                attempts.Add(attempt);
        }

        return attempts;
    }

    private static FunnelAttempt? Find(FunnelPlan plan, FunnelPathFinder ordered, UnorderedMatcher unordered, int start, int end, Func<int, bool>? usable) =>
        plan.Query.Order == FunnelOrder.Unordered ? unordered.Find(start, end, usable) : ordered.Find(start, end, usable);

    private static FunnelAttempt? BestOverHeldValues(FunnelPlan plan, FunnelEvents events, FunnelPathFinder ordered,
        UnorderedMatcher unordered, int start, int end)
    {
        FunnelAttempt? best = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = start; i < end; i++)
        {
            if (events.Steps[i] == 0 || events.Hold[i] is not { } key || !seen.Add(key))
                continue;
            var candidate = Find(plan, ordered, unordered, start, end, j => events.Hold[j] == key);
            if (candidate is not null && (best is null || Better(candidate, best)))
                best = candidate;
        }

        return best;
    }

    /// <summary>Further, or as far but finished sooner.</summary>
    private static bool Better(FunnelAttempt candidate, FunnelAttempt best) =>
        candidate.Last > best.Last || (candidate.Last == best.Last && candidate.Nodes[candidate.Last] < best.Nodes[best.Last]);

    /// <summary>
    /// Every step-1 event in the date range starts an attempt unless an earlier attempt used it; an attempt's steps
    /// are events no earlier attempt used.
    /// </summary>
    private static void Conversions(FunnelPlan plan, FunnelEvents events, FunnelPathFinder ordered, int start, int end, List<FunnelAttempt> attempts)
    {
        var used = new bool[end - start];
        var hold = plan.Query.HoldConstant.Count > 0;
        for (var i = start; i < end; i++)
        {
            if ((events.Steps[i] & 1u) == 0 || used[i - start] || !plan.IsEntry(events.Ticks[i]) || (hold && events.Hold[i] is null))
                continue;
            var key = events.Hold[i];
            var attempt = ordered.Find(start, end, j => !used[j - start] && (!hold || events.Hold[j] == key), entryOnly: i);
            if (attempt is null)
                continue;
            foreach (var node in attempt.Nodes)
            {
                if (node >= 0)
                    used[node - start] = true;
            }

            if (!FunnelExclusions.Excludes(plan, events, attempt, end))
                attempts.Add(attempt);
        }
    }
}
