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
            if (step.Window is { Value: <= 0 })
                Add(key + ".window", "the time from the previous step must be more than 0.", subject);
            Filters(step.Filters, key, subject, problems);
        }

        if (query.From > query.To)
            Add("from", "the start date must not be after the end date.");
        if (query.ConversionWindow.Value <= 0)
            Add("conversionWindow", "the conversion window must be more than 0.");
        for (var i = 0; i < query.Exclusions.Count; i++)
            Exclusion(query, i, problems);
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
