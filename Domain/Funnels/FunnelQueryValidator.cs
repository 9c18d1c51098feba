using Lodestar.Domain.Segments.Rules;

namespace Lodestar.Domain.Funnels;

/// <summary>
/// Checks a funnel question before it runs. Errors are keyed by the API's JSON path (<c>steps[2].event</c>) and say
/// what to change.
/// </summary>
public static class FunnelQueryValidator
{
    public const int MinSteps = 2;
    public const int MaxSteps = 20;
    public const int MaxExclusions = 10;
    public const int MaxHoldConstant = 3;
    public const int MaxBreakdownValues = 50;
    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(366);
    public const int MaxRangeDays = 731;

    public static void Check(FunnelQuery query)
    {
        var errors = Validate(query);
        if (errors.Count > 0)
            throw new DomainValidationException(errors);
    }

    public static IReadOnlyDictionary<string, string[]> Validate(FunnelQuery query)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field, []), message];

        if (query.Steps.Count is < MinSteps or > MaxSteps)
            Add("steps", $"A funnel has {MinSteps} to {MaxSteps} steps; this one has {query.Steps.Count}.");
        for (var i = 0; i < query.Steps.Count; i++)
            CheckStep(query, i, Add);
        if (query.From == default || query.To == default)
            Add("from", "Choose the date range people entered in (from and to).");
        else if (query.From > query.To)
            Add("to", "The end date must not be before the start date.");
        else if (query.To.DayNumber - query.From.DayNumber + 1 > MaxRangeDays)
            Add("to", $"The date range can be at most {MaxRangeDays} days.");
        if (query.Window <= TimeSpan.Zero || query.Window > MaxWindow)
            Add("conversionWindow", $"The conversion window must be longer than zero and at most {MaxWindow.TotalDays:0} days.");
        CheckExclusions(query, Add);
        CheckHoldConstant(query, Add);
        if (query.CountBy == FunnelCounting.Conversions && query.Order == FunnelOrder.Unordered)
            Add("countBy", "Counting every conversion needs an order: choose ordered or strict, or count people.");
        if (query.Breakdown is { } breakdown)
            CheckBreakdown(breakdown, query.Steps.Count, Add);
        if (query.ValueProperty is { } value && PropertyPaths.Problem(value) is { } valueProblem)
            Add("value.property", valueProblem);
        return errors;
    }

    private static void CheckStep(FunnelQuery query, int i, Action<string, string> add)
    {
        var step = query.Steps[i];
        var key = $"steps[{i}]";
        if (string.IsNullOrWhiteSpace(step.Event))
            add($"{key}.event", $"Step {i + 1} needs an event.");
        else if (step.Event.Length > ConditionProblems.MaxNameLength)
            add($"{key}.event", $"Step {i + 1}: the event name is longer than {ConditionProblems.MaxNameLength} characters.");
        if (ConditionProblems.FiltersProblem(step.Filters, ".filters") is { } filter)
            add(key + filter.Field, $"Step {i + 1}: {filter.Message}");
        if (step.Optional && (i == 0 || i == query.Steps.Count - 1))
            add($"{key}.optional", "The first and last steps cannot be optional.");
        else if (step.Optional && query.Order == FunnelOrder.Unordered)
            add($"{key}.optional", "Optional steps need an order: choose ordered or strict.");
        if (step.Window is { } window && (window <= TimeSpan.Zero || window > MaxWindow))
            add($"{key}.window", $"Step {i + 1}: the step's window must be longer than zero and at most {MaxWindow.TotalDays:0} days.");
        else if (step.Window is not null && i == 0)
            add($"{key}.window", "The first step has no previous step to measure a window from.");
        else if (step.Window is not null && query.Order == FunnelOrder.Unordered)
            add($"{key}.window", "Per-step windows need an order: choose ordered or strict.");
    }

    private static void CheckExclusions(FunnelQuery query, Action<string, string> add)
    {
        if (query.Exclusions.Count > MaxExclusions)
            add("exclusions", $"A funnel can have at most {MaxExclusions} exclusions.");
        if (query.Exclusions.Count > 0 && query.Order == FunnelOrder.Unordered)
            add("exclusions", "Exclusions are between two steps, so they need an order: choose ordered or strict.");
        for (var i = 0; i < query.Exclusions.Count; i++)
        {
            var exclusion = query.Exclusions[i];
            var key = $"exclusions[{i}]";
            if (string.IsNullOrWhiteSpace(exclusion.Event))
                add($"{key}.event", $"Exclusion {i + 1} needs an event.");
            if (ConditionProblems.FiltersProblem(exclusion.Filters, ".filters") is { } filter)
                add(key + filter.Field, $"Exclusion {i + 1}: {filter.Message}");
            if (exclusion.FromStep < 1 || exclusion.ToStep > query.Steps.Count || exclusion.FromStep >= exclusion.ToStep)
                add($"{key}.toStep", $"Exclusion {i + 1} must be between two steps of the funnel, the first before the second (1 to {query.Steps.Count}).");
        }
    }

    private static void CheckHoldConstant(FunnelQuery query, Action<string, string> add)
    {
        if (query.HoldConstant.Count > MaxHoldConstant)
            add("holdConstant", $"At most {MaxHoldConstant} properties can be held constant.");
        for (var i = 0; i < query.HoldConstant.Count; i++)
        {
            if (PropertyPaths.Problem(query.HoldConstant[i]) is { } problem)
                add($"holdConstant[{i}]", problem);
        }
    }

    private static void CheckBreakdown(FunnelBreakdown breakdown, int steps, Action<string, string> add)
    {
        if (breakdown.Source == FunnelBreakdownSource.Event && PropertyPaths.Problem(breakdown.Property) is { } problem)
            add("breakdown.property", problem);
        else if (string.IsNullOrWhiteSpace(breakdown.Property) || breakdown.Property.Length > ConditionProblems.MaxNameLength)
            add("breakdown.property", "Name the trait to break down by.");
        if (breakdown.Attribution == FunnelAttribution.Step && (breakdown.Step is not { } step || step < 1 || step > steps))
            add("breakdown.step", $"Choose the step whose value is used, 1 to {steps}.");
        if (breakdown.Limit is < 1 or > MaxBreakdownValues)
            add("breakdown.limit", $"Show 1 to {MaxBreakdownValues} values.");
    }
}
