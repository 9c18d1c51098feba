namespace Lodestar.Domain.Funnels.Engine;

/// <summary>Per-step counts, conversion, drop-off and time to convert over a set of attempts.</summary>
internal static class FunnelStepsCalculator
{
    public static List<FunnelStepResult> Steps(FunnelPlan plan, FunnelEvents events, IReadOnlyCollection<FunnelAttempt> attempts)
    {
        var n = plan.StepCount;
        var counts = new long[n];
        var times = Enumerable.Range(0, n).Select(_ => new List<double>()).ToArray();
        foreach (var attempt in attempts)
        {
            for (var k = 0; k < n; k++)
            {
                if (!attempt.Reached(k))
                    continue;
                counts[k]++;
                if (attempt.PreviousReached(k) is var p and >= 0)
                    times[k].Add((events.Ticks[attempt.Nodes[k]] - events.Ticks[attempt.Nodes[p]]) / (double)TimeSpan.TicksPerSecond);
            }
        }

        var steps = new List<FunnelStepResult>(n);
        for (var k = 0; k < n; k++)
        {
            var previous = plan.Query.Order == FunnelOrder.Unordered ? k - 1 : plan.PreviousRequired(k);
            var before = previous < 0 ? counts[0] : counts[previous];
            times[k].Sort();
            steps.Add(new FunnelStepResult(k + 1, Name(plan, k), plan.Query.Steps[k].Optional, counts[k],
                Ratio(counts[k], counts[0]), previous < 0 ? Ratio(counts[0], counts[0]) : Ratio(counts[k], before),
                previous < 0 ? 0 : before - counts[k],
                times[k].Count == 0 ? null : FunnelStatistics.Quantile(times[k], 0.5),
                times[k].Count == 0 ? null : FunnelStatistics.Quantile(times[k], 0.9),
                FunnelStatistics.Histogram(times[k])));
        }

        return steps;
    }

    /// <summary>Unordered steps count how many of the steps people did, whichever they were.</summary>
    private static string Name(FunnelPlan plan, int k) =>
        plan.Query.Order == FunnelOrder.Unordered ? $"{k + 1} of {plan.StepCount} steps" : plan.Query.Steps[k].Name;

    private static double Ratio(long part, long whole) => whole == 0 ? 0 : (double)part / whole;
}
