namespace Lodestar.Domain.Funnels.Engine;

/// <summary>A <see cref="FunnelQuery"/> in the units the engine works in: step indices and ticks.</summary>
internal sealed class FunnelPlan
{
    public FunnelPlan(FunnelQuery query)
    {
        Query = query;
        StepCount = query.Steps.Count;
        Required = [.. Enumerable.Range(0, StepCount).Where(k => !query.Steps[k].Optional)];
        StepWindows = [.. query.Steps.Select(s => s.Window?.Ticks ?? long.MaxValue)];
        Window = query.Window.Ticks;
        EntryStart = query.EntryStart.Ticks;
        EntryEnd = query.EntryEnd.Ticks;
        Strict = query.Order == FunnelOrder.Strict;
    }

    public FunnelQuery Query { get; }

    public int StepCount { get; }

    /// <summary>The steps that are not optional, in order; the first and last steps always are.</summary>
    public int[] Required { get; }

    /// <summary>Per step, the longest time after the previous required step (long.MaxValue: none of its own).</summary>
    public long[] StepWindows { get; }

    public long Window { get; }

    public long EntryStart { get; }

    public long EntryEnd { get; }

    public bool Strict { get; }

    public bool IsEntry(long ticks) => ticks >= EntryStart && ticks < EntryEnd;

    /// <summary>The previous required step of step <paramref name="k"/> (-1 for the first).</summary>
    public int PreviousRequired(int k)
    {
        for (var p = k - 1; p >= 0; p--)
        {
            if (!Query.Steps[p].Optional)
                return p;
        }

        return -1;
    }
}
