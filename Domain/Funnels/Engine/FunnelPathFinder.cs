namespace Lodestar.Domain.Funnels.Engine;

/// <summary>
/// Ordered and strict funnels for one person. Required steps are matched level by level: an event of step k extends
/// the best path that reached step k-1 on an earlier event — the one that entered latest, which leaves the most of
/// the conversion window — within the step's own window (a sliding-window maximum, so linear in the events). That
/// finds how far the person got at all; their attempt is then the one from the earliest step-1 event that gets as
/// far (so that first-touch values and times to convert are those of the visit that started the journey), ending
/// earliest. Optional steps are then looked for between the required steps around them.
/// </summary>
internal sealed class FunnelPathFinder(FunnelPlan plan, FunnelEvents events)
{
    private readonly List<FunnelLevel> _levels = [];
    private readonly FunnelLevelDeque _deque = new();

    /// <param name="usable">Events the steps may use (held-constant values); null for all.</param>
    /// <param name="entryOnly">The only event that may enter (counting conversions), or -1 for any step-1 event in the date range.</param>
    public FunnelAttempt? Find(int start, int end, Func<int, bool>? usable, int entryOnly = -1)
    {
        var first = Level(0);
        for (var i = entryOnly >= 0 ? entryOnly : start; i < (entryOnly >= 0 ? entryOnly + 1 : end); i++)
        {
            if ((events.Steps[i] & 1u) != 0 && plan.IsEntry(events.Ticks[i]) && (usable is null || usable(i)))
                first.Add(i, events.Ticks[i], -1);
        }

        if (first.Count == 0)
            return null;
        var furthest = Follow(start, end, usable);
        if (furthest == 0 || first.Count == 1)
            return Attempt(furthest, end, usable);
        foreach (var entry in first.Events.ToArray())
        {
            var level = Level(0);
            level.Add(entry, events.Ticks[entry], -1);
            if (Follow(start, end, usable) == furthest)
                return Attempt(furthest, end, usable);
        }

        throw new InvalidOperationException("No single entry reached the furthest step that all entries together reached.");
    }

    /// <summary>Extends the paths of level 0 step by step; the furthest level (index into the required steps) reached.</summary>
    private int Follow(int start, int end, Func<int, bool>? usable)
    {
        var reached = 0;
        for (var r = 1; r < plan.Required.Length; r++)
        {
            var next = Level(r);
            Extend(_levels[r - 1], next, plan.Required[r], start, end, usable);
            if (next.Count == 0)
                break;
            reached = r;
        }

        return reached;
    }

    private void Extend(FunnelLevel previous, FunnelLevel next, int step, int start, int end, Func<int, bool>? usable)
    {
        var bit = 1u << step;
        var stepWindow = plan.StepWindows[step];
        _deque.Reset(previous);
        var deque = _deque;
        var q = 0;
        for (var j = start; j < end; j++)
        {
            if ((events.Steps[j] & bit) == 0 || (usable is not null && !usable(j)))
                continue;
            var ticks = events.Ticks[j];
            int best;
            if (plan.Strict)
            {
                // Strict: the previous step must be the person's event right before this one.
                while (q < previous.Count && previous.Events[q] < j - 1)
                    q++;
                best = q < previous.Count && previous.Events[q] == j - 1 ? q : -1;
            }
            else
            {
                while (q < previous.Count && previous.Events[q] < j)
                    deque.Push(q++);
                best = deque.Best(stepWindow == long.MaxValue ? long.MinValue : ticks - stepWindow, events.Ticks);
            }

            if (best < 0 || ticks - previous.Entries[best] > plan.Window || ticks - events.Ticks[previous.Events[best]] > stepWindow)
                continue;
            next.Add(j, previous.Entries[best], best);
        }
    }

    private FunnelAttempt Attempt(int reached, int end, Func<int, bool>? usable)
    {
        var nodes = new int[plan.StepCount];
        Array.Fill(nodes, -1);
        var node = 0;
        for (var r = reached; r >= 0; r--)
        {
            var level = _levels[r];
            nodes[plan.Required[r]] = level.Events[node];
            node = level.Predecessors[node];
        }

        var entry = nodes[0];
        OptionalSteps.Fill(plan, events, nodes, end, usable);
        return new FunnelAttempt(events.Profiles[entry], entry, nodes);
    }

    private FunnelLevel Level(int r)
    {
        if (_levels.Count <= r)
            _levels.Add(new FunnelLevel());
        var level = _levels[r];
        level.Clear();
        return level;
    }
}
