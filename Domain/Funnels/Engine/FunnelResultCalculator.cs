namespace Lodestar.Domain.Funnels.Engine;

/// <summary>The whole answer from the attempts: steps, breakdown groups, trend by entry period and the value at the last step.</summary>
internal static class FunnelResultCalculator
{
    /// <param name="traits">Each person's breakdown trait value, for breakdowns by a profile trait.</param>
    public static FunnelResult Result(FunnelPlan plan, FunnelEvents events, List<FunnelAttempt> attempts,
        IReadOnlyDictionary<long, string>? traits, DateTime computedAt, long eventsRead) =>
        new(FunnelStepsCalculator.Steps(plan, events, attempts),
            Breakdown(plan, events, attempts, traits),
            Trend(plan, events, attempts),
            Value(plan, events, attempts),
            computedAt, eventsRead);

    /// <summary>The breakdown value an attempt is counted under (null: none).</summary>
    public static string? GroupValue(FunnelPlan plan, FunnelEvents events, FunnelAttempt attempt, IReadOnlyDictionary<long, string>? traits)
    {
        if (plan.Query.Breakdown is not { } breakdown)
            return null;
        if (breakdown.Source == FunnelBreakdownSource.Profile)
            return traits?.GetValueOrDefault(attempt.ProfileId);
        var node = breakdown.Attribution switch
        {
            FunnelAttribution.FirstTouch => attempt.Entry,
            FunnelAttribution.LastTouch => attempt.Nodes[attempt.Last],
            _ => attempt.Nodes[breakdown.Step!.Value - 1],
        };
        return node < 0 ? null : events.Breakdown[node];
    }

    /// <summary>The values shown on their own: most attempts first, then by value.</summary>
    public static HashSet<string> TopValues(FunnelPlan plan, FunnelEvents events, List<FunnelAttempt> attempts, IReadOnlyDictionary<long, string>? traits) =>
        TopValues(plan, attempts.Select(a => GroupValue(plan, events, a, traits)));

    private static HashSet<string> TopValues(FunnelPlan plan, IEnumerable<string?> values) =>
        values.OfType<string>()
            .GroupBy(v => v, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(plan.Query.Breakdown?.Limit ?? 0).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>The group label an attempt falls in, given the top values.</summary>
    public static string GroupLabel(string? value, HashSet<string> top) =>
        value is null ? FunnelBreakdownGroup.NoneLabel : top.Contains(value) ? value : FunnelBreakdownGroup.OtherLabel;

    private static List<FunnelBreakdownGroup> Breakdown(FunnelPlan plan, FunnelEvents events, List<FunnelAttempt> attempts, IReadOnlyDictionary<long, string>? traits)
    {
        if (plan.Query.Breakdown is null)
            return [];
        var values = attempts.Select(a => GroupValue(plan, events, a, traits)).ToList();
        var top = TopValues(plan, values);
        var groups = new Dictionary<string, List<FunnelAttempt>>(StringComparer.Ordinal);
        var other = new List<FunnelAttempt>();
        var none = new List<FunnelAttempt>();
        for (var i = 0; i < attempts.Count; i++)
        {
            if (values[i] is not { } value)
                none.Add(attempts[i]);
            else if (top.Contains(value))
                (groups.TryGetValue(value, out var list) ? list : groups[value] = []).Add(attempts[i]);
            else
                other.Add(attempts[i]);
        }

        var result = groups.OrderByDescending(g => g.Value.Count).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new FunnelBreakdownGroup(g.Key, false, false, FunnelStepsCalculator.Steps(plan, events, g.Value))).ToList();
        if (other.Count > 0)
            result.Add(new FunnelBreakdownGroup(FunnelBreakdownGroup.OtherLabel, true, false, FunnelStepsCalculator.Steps(plan, events, other)));
        if (none.Count > 0)
            result.Add(new FunnelBreakdownGroup(FunnelBreakdownGroup.NoneLabel, false, true, FunnelStepsCalculator.Steps(plan, events, none)));
        return result;
    }

    /// <summary>Every period of the date range, each attempt in the period of its step-1 event.</summary>
    private static List<FunnelTrendPoint> Trend(FunnelPlan plan, FunnelEvents events, List<FunnelAttempt> attempts)
    {
        if (plan.Query.Trend is not { } interval)
            return [];
        var first = PeriodOf(plan.Query.From, interval);
        var periods = new List<DateOnly>();
        for (var p = first; p <= plan.Query.To; p = p.AddDays(interval == FunnelInterval.Week ? 7 : 1))
            periods.Add(p);
        var entered = new long[periods.Count];
        var converted = new long[periods.Count];
        var last = plan.StepCount - 1;
        foreach (var attempt in attempts)
        {
            var day = DateOnly.FromDateTime(new DateTime(events.Ticks[attempt.Entry], DateTimeKind.Utc));
            var index = (PeriodOf(day, interval).DayNumber - first.DayNumber) / (interval == FunnelInterval.Week ? 7 : 1);
            entered[index]++;
            if (attempt.Reached(last))
                converted[index]++;
        }

        return [.. periods.Select((p, i) => new FunnelTrendPoint(p, entered[i], converted[i], entered[i] == 0 ? 0 : (double)converted[i] / entered[i]))];
    }

    /// <summary>Weeks start on Monday (ISO 8601).</summary>
    private static DateOnly PeriodOf(DateOnly day, FunnelInterval interval) =>
        interval == FunnelInterval.Day ? day : day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static FunnelValueResult? Value(FunnelPlan plan, FunnelEvents events, List<FunnelAttempt> attempts)
    {
        if (plan.Query.ValueProperty is not { } property)
            return null;
        var last = plan.StepCount - 1;
        var values = attempts.Where(a => a.Reached(last)).Select(a => events.Values[a.Nodes[last]]).OfType<double>().ToList();
        var sum = values.Sum();
        return new FunnelValueResult(property, values.Count, sum, values.Count == 0 ? 0 : sum / values.Count);
    }
}
