namespace Lodestar.Domain.Funnels.Engine;

/// <summary>
/// An exclusion between steps a and b applies when its event happened after the attempt's step a and before its
/// step b — or, when the attempt never got to b, before the conversion window closed.
/// </summary>
internal static class FunnelExclusions
{
    public static bool Excludes(FunnelPlan plan, FunnelEvents events, FunnelAttempt attempt, int end)
    {
        var exclusions = plan.Query.Exclusions;
        for (var x = 0; x < exclusions.Count; x++)
        {
            var from = attempt.Nodes[exclusions[x].FromStep - 1];
            if (from < 0)
                continue;
            var until = Until(attempt, exclusions[x].ToStep - 1, end);
            var closes = events.Ticks[attempt.Entry] + plan.Window;
            var bit = 1u << x;
            for (var i = from + 1; i < until && events.Ticks[i] <= closes; i++)
            {
                if ((events.Exclusions[i] & bit) != 0)
                    return true;
            }
        }

        return false;
    }

    private static int Until(FunnelAttempt attempt, int step, int end)
    {
        for (var k = step; k < attempt.Nodes.Length; k++)
        {
            if (attempt.Nodes[k] >= 0)
                return attempt.Nodes[k];
        }

        return end;
    }
}
