namespace Lodestar.Domain.Funnels.Engine;

/// <summary>
/// An optional step counts when the person did it after the steps before it on their path and before the next
/// required step they reached (or the window's end), within its own window from the previous required step.
/// </summary>
internal static class OptionalSteps
{
    public static void Fill(FunnelPlan plan, FunnelEvents events, int[] nodes, int end, Func<int, bool>? usable)
    {
        if (plan.Required.Length == plan.StepCount)
            return;
        var entryTicks = events.Ticks[nodes[0]];
        for (var k = 1; k < plan.StepCount - 1; k++)
        {
            if (!plan.Query.Steps[k].Optional || nodes[plan.PreviousRequired(k)] < 0)
                continue;
            var after = LastBefore(nodes, k);
            var before = NextReached(nodes, k, end);
            var since = events.Ticks[nodes[plan.PreviousRequired(k)]];
            var bit = 1u << k;
            for (var i = after + 1; i < before; i++)
            {
                var ticks = events.Ticks[i];
                if (ticks - entryTicks > plan.Window)
                    break;
                if ((events.Steps[i] & bit) != 0 && (usable is null || usable(i)) && ticks - since <= plan.StepWindows[k])
                {
                    nodes[k] = i;
                    break;
                }
            }
        }
    }

    private static int LastBefore(int[] nodes, int k)
    {
        var last = -1;
        for (var p = 0; p < k; p++)
            last = Math.Max(last, nodes[p]);
        return last;
    }

    private static int NextReached(int[] nodes, int k, int end)
    {
        for (var n = k + 1; n < nodes.Length; n++)
        {
            if (nodes[n] >= 0)
                return nodes[n];
        }

        return end;
    }
}
