using Lodestar.Portal.Client.Features.Segments.Rules;

namespace Lodestar.Portal.Client.Features.Funnels;

/// <summary>
/// What must be right before a funnel is worth asking the server about, keyed by the JSON path the API names in its
/// problem details (<c>steps[1].event</c>), so the builder shows the client's and the server's messages in the same place.
/// </summary>
public static class FunnelValidator
{
    public static IReadOnlyList<RuleProblem> Check(FunnelQueryDto query)
    {
        var problems = new List<RuleProblem>();
        void Add(string key, string message, string? subject = null) => problems.Add(new RuleProblem(key, message, subject));

        var unordered = query.Order == FunnelOrder.Unordered;
        if (query.Steps.Count < FunnelDefaults.MinSteps)
            Add("steps", "Add at least two steps: a funnel measures how many people go from one to the next.");
        else if (query.Steps.Count > FunnelDefaults.MaxSteps)
            Add("steps", $"A funnel can have at most {FunnelDefaults.MaxSteps} steps.");
        for (var i = 0; i < query.Steps.Count; i++)
        {
            var step = query.Steps[i];
            var key = $"steps[{i}]";
            var subject = $"Step {i + 1}";
            if (string.IsNullOrWhiteSpace(step.Event))
                Add(key + ".event", "choose the event of this step.", subject);
            if (step.Optional && (i == 0 || i == query.Steps.Count - 1))
                Add(key + ".optional", "the first and last steps cannot be optional.", subject);
            else if (step.Optional && unordered)
                Add(key + ".optional", "optional steps need an order: choose in this order.", subject);
            if (step.Window is { } window)
            {
                if (WindowProblem(window) is { } problem)
                    Add(key + ".window", $"the time from the previous step {problem}", subject);
                else if (unordered)
                    Add(key + ".window", "a time from the previous step needs an order: choose in this order.", subject);
            }

            Filters(step.Filters, key, subject, problems);
        }

        if (query.From > query.To)
            Add("from", "the start date must not be after the end date.");
        else if (query.To.DayNumber - query.From.DayNumber + 1 > FunnelDefaults.MaxRangeDays)
            Add("to", $"the date range can be at most {FunnelDefaults.MaxRangeDays} days.");
        if (WindowProblem(query.ConversionWindow) is { } windowProblem)
            Add("conversionWindow", $"the conversion window {windowProblem}");
        if (query.CountBy == FunnelCounting.Conversions && unordered)
            Add("countBy", "counting every conversion needs an order: choose in this order, or count unique people.");
        if (query.Exclusions.Count > FunnelDefaults.MaxExclusions)
            Add("exclusions", $"a funnel can have at most {FunnelDefaults.MaxExclusions} exclusions.");
        else if (query.Exclusions.Count > 0 && unordered)
            Add("exclusions", "exclusions are between two steps, so they need an order: choose in this order.");
        for (var i = 0; i < query.Exclusions.Count; i++)
            Exclusion(query, i, problems);
        if (query.HoldConstant.Count > FunnelDefaults.MaxHoldConstant)
            Add("holdConstant", $"at most {FunnelDefaults.MaxHoldConstant} properties can be held constant.");
        for (var i = 0; i < query.HoldConstant.Count; i++)
        {
            if (PropertyPaths.Problem(query.HoldConstant[i]) is { } problem)
                Add($"holdConstant[{i}]", problem);
        }

        Breakdown(query, problems);
        if (query.Value is { } value && PropertyPaths.Problem(value.Property) is { } valueProblem)
            Add("value.property", valueProblem);
        return problems;
    }

    private static void Exclusion(FunnelQueryDto query, int index, List<RuleProblem> problems)
    {
        var exclusion = query.Exclusions[index];
        var key = $"exclusions[{index}]";
        var subject = $"Exclusion {index + 1}";
        if (string.IsNullOrWhiteSpace(exclusion.Event))
            problems.Add(new RuleProblem(key + ".event", "choose the event that excludes people.", subject));
        if (exclusion.FromStep < 1 || exclusion.ToStep > query.Steps.Count || exclusion.FromStep >= exclusion.ToStep)
            problems.Add(new RuleProblem(key + ".toStep", "choose two steps of the funnel, the first before the second.", subject));
        Filters(exclusion.Filters, key, subject, problems);
    }

    private static void Breakdown(FunnelQueryDto query, List<RuleProblem> problems)
    {
        if (query.Breakdown is not { } breakdown)
            return;
        var problem = breakdown.Source == FunnelBreakdownSource.Profile
            ? string.IsNullOrWhiteSpace(breakdown.Property) ? "choose the trait to break down by." : null
            : PropertyPaths.Problem(breakdown.Property);
        if (problem is not null)
            problems.Add(new RuleProblem("breakdown.property", problem, "Breakdown"));
        if ((breakdown.Attribution == FunnelAttribution.Step && breakdown.Step is null) || breakdown.Step < 1 || breakdown.Step > query.Steps.Count)
            problems.Add(new RuleProblem("breakdown.step", "choose the step whose value counts.", "Breakdown"));
        if (breakdown.Limit is < 1 or > FunnelDefaults.MaxBreakdownValues)
            problems.Add(new RuleProblem("breakdown.limit", $"show 1 to {FunnelDefaults.MaxBreakdownValues} values.", "Breakdown"));
    }

    // A month counts as 30 days, as on the server.
    private static string? WindowProblem(FunnelWindowDto window)
    {
        var days = window.Unit switch
        {
            FunnelWindowUnit.Second => window.Value / 86_400.0,
            FunnelWindowUnit.Minute => window.Value / 1_440.0,
            FunnelWindowUnit.Hour => window.Value / 24.0,
            FunnelWindowUnit.Day => window.Value,
            FunnelWindowUnit.Week => window.Value * 7.0,
            _ => window.Value * 30.0,
        };
        return days <= 0 ? "must be more than 0."
            : days > FunnelDefaults.MaxWindowDays ? $"can be at most {FunnelDefaults.MaxWindowDays} days."
            : null;
    }

    private static void Filters(List<PropertyFilterDto> filters, string key, string subject, List<RuleProblem> problems)
    {
        for (var j = 0; j < filters.Count; j++)
        {
            var filter = filters[j];
            if (PropertyPaths.Problem(filter.Property) is { } pathProblem)
                problems.Add(new RuleProblem($"{key}.filters[{j}].property", pathProblem, subject));
            else if (ValueTestValidator.Problem(filter.Test) is { } testProblem)
                problems.Add(new RuleProblem($"{key}.filters[{j}].test", $"{filter.Property}: {testProblem}", subject));
        }
    }
}
