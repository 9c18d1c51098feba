namespace Lodestar.Domain.Funnels.Engine;

/// <summary>
/// One person's way through the funnel (with counting by conversions, one attempt of theirs): the event at each step
/// (an index into <see cref="FunnelEvents"/>, -1 where the step was not reached) and the event that entered it.
/// </summary>
internal sealed class FunnelAttempt(long profileId, int entry, int[] nodes)
{
    public long ProfileId { get; } = profileId;

    public int Entry { get; } = entry;

    public int[] Nodes { get; } = nodes;

    public bool Reached(int step) => Nodes[step] >= 0;

    /// <summary>The furthest step reached (0-based).</summary>
    public int Last
    {
        get
        {
            for (var k = Nodes.Length - 1; k >= 0; k--)
            {
                if (Nodes[k] >= 0)
                    return k;
            }

            return -1;
        }
    }

    /// <summary>The step reached before <paramref name="step"/> on this attempt (-1 for none).</summary>
    public int PreviousReached(int step)
    {
        for (var k = step - 1; k >= 0; k--)
        {
            if (Nodes[k] >= 0)
                return k;
        }

        return -1;
    }
}
