namespace Lodestar.Portal.Client.Features.Funnels;

/// <summary>The funnel a person starts from, and the limits the builder keeps to (the server's, so it never has to refuse them).</summary>
public static class FunnelDefaults
{
    public const int MinSteps = 2;
    public const int MaxSteps = 20;
    public const int MaxExclusions = 10;
    public const int MaxHoldConstant = 3;
    public const int MaxBreakdownValues = 50;
    public const int MaxRangeDays = 731;
    public const int MaxWindowDays = 366;

    /// <summary>Two empty steps over the last 30 days (today included), a 14-day window, unique people.</summary>
    public static FunnelQueryDto New(DateOnly today) => new()
    {
        Steps = [new FunnelStepDto(), new FunnelStepDto()],
        From = today.AddDays(-29),
        To = today,
    };

    /// <summary>What a step is called in charts and tables: its label, else its event, else its place.</summary>
    public static string NameOf(FunnelStepDto step, int index) =>
        !string.IsNullOrWhiteSpace(step.Label) ? step.Label.Trim()
        : !string.IsNullOrWhiteSpace(step.Event) ? step.Event.Trim()
        : $"Step {index + 1}";

    /// <summary>
    /// After steps move or go: the first and last steps cannot be optional, and the first has no previous step to be
    /// timed from. Their inputs are hidden there, so a setting left behind could not be undone by the person.
    /// </summary>
    public static void Tidy(FunnelQueryDto query)
    {
        if (query.Steps.Count == 0)
            return;
        query.Steps[0].Optional = false;
        query.Steps[0].Window = null;
        query.Steps[^1].Optional = false;
        foreach (var exclusion in query.Exclusions)
        {
            exclusion.FromStep = Math.Clamp(exclusion.FromStep, 1, Math.Max(1, query.Steps.Count - 1));
            exclusion.ToStep = Math.Clamp(exclusion.ToStep, exclusion.FromStep + 1, Math.Max(2, query.Steps.Count));
        }

        if (query.Breakdown is { Step: { } step } breakdown)
            breakdown.Step = Math.Clamp(step, 1, query.Steps.Count);
    }
}
