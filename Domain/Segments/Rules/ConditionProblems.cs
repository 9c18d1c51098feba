namespace Lodestar.Domain.Segments.Rules;

/// <summary>The first problem of one condition: the field (a JSON path suffix) and what is wrong, or null.</summary>
internal static class ConditionProblems
{
    public const int MaxNameLength = 200;

    public static string Name(RuleNode? node) => node switch
    {
        TraitCondition t => $"trait \"{t.Trait}\"",
        EventCondition e => $"event \"{e.Event}\"",
        ComputedCondition c => $"{Words.Of(c.Aggregation)} of \"{c.Event}\"",
        CrmCondition c => $"CRM {Words.Of(c.Field)}",
        MembershipCondition m => $"segment {m.SegmentId}",
        ConsentCondition c => $"consent \"{c.Category}\"",
        _ => "empty",
    };

    public static (string Field, string Message)? Of(RuleNode node) => node switch
    {
        TraitCondition t => NameProblem(t.Trait, ".trait", "trait") ?? TestProblem(t.Test, ".test"),
        EventCondition e => NameProblem(e.Event, ".event", "event") ?? FrequencyProblem(e) ?? WindowProblem(e.Window) ?? FiltersProblem(e.Where),
        ComputedCondition c => NameProblem(c.Event, ".event", "event") ?? AggregationProblem(c) ?? WindowProblem(c.Window) ?? FiltersProblem(c.Where),
        CrmCondition c => CrmProblem(c),
        MembershipCondition m => m.SegmentId > 0 ? null : (".segmentId", "choose a segment."),
        ConsentCondition c => Privacy.ConsentCategoryService.IsKey(c.Category) ? null : (".category", "choose a consent category."),
        _ => ("", "this kind of condition is unknown."),
    };

    private static (string, string)? NameProblem(string? name, string field, string what) =>
        string.IsNullOrWhiteSpace(name) ? (field, $"the {what} name is required.")
        : name.Length > MaxNameLength ? (field, $"the {what} name can be at most {MaxNameLength} characters.")
        : null;

    private static (string, string)? TestProblem(ValueTest? test, string field) =>
        ValueTestValidator.Problem(test) is { } message ? (field, message) : null;

    private static (string, string)? FrequencyProblem(EventCondition e)
    {
        if (!e.Performed)
            return null;
        if (!Enum.IsDefined(e.Frequency))
            return (".frequency", "frequency must be at least, at most or exactly.");
        if (e.Count is < 0 or > 1_000_000)
            return (".count", "the count must be 0 to 1,000,000.");
        return e.Frequency == Frequency.AtLeast && e.Count == 0
            ? (".count", "'at least 0 times' matches everyone; use at least 1, or 'did not perform'.")
            : null;
    }

    private static (string, string)? WindowProblem(EventWindow? window)
    {
        if (window is null)
            return null;
        if (window.LastDays is { } days)
            return window.From is null && window.To is null
                ? days is >= 1 and <= ValueTestValidator.MaxDays ? null : (".window.lastDays", $"the number of days must be 1 to {ValueTestValidator.MaxDays}.")
                : (".window", "give either the last N days or a date range, not both.");
        if (window.From is not { } from || window.To is not { } to)
            return (".window", "a date range needs both a start and an end date.");
        return from > to ? (".window", "the start date must not be after the end date.") : null;
    }

    /// <param name="list">The JSON name of the filter list, with its leading dot: segments say .where, funnels .filters.</param>
    internal static (string Field, string Message)? FiltersProblem(IReadOnlyList<PropertyFilter>? filters, string list = ".where")
    {
        for (var i = 0; i < (filters?.Count ?? 0); i++)
        {
            var filter = filters![i];
            if (filter is null)
                return ($"{list}[{i}]", "the property filter is empty.");
            if (PropertyPaths.Problem(filter.Property) is { } pathProblem)
                return ($"{list}[{i}].property", pathProblem);
            if (ValueTestValidator.Problem(filter.Test) is { } testProblem)
                return ($"{list}[{i}].test", $"{filter.Property}: {testProblem}");
        }

        return null;
    }

    private static (string, string)? AggregationProblem(ComputedCondition c)
    {
        if (!Enum.IsDefined(c.Aggregation))
            return (".aggregation", "the aggregation is unknown.");
        if (c.Aggregation != Aggregation.Count && PropertyPaths.Problem(c.Property) is { } pathProblem)
            return (".property", pathProblem);
        var numeric = c.Aggregation is Aggregation.Sum or Aggregation.Average or Aggregation.Min or Aggregation.Max or Aggregation.Count;
        if (numeric && c.Test is { Type: not RuleValueType.Number })
            return (".test", $"the {Words.Of(c.Aggregation)} is a number: compare it as a number.");
        return TestProblem(c.Test, ".test");
    }

    private static (string, string)? CrmProblem(CrmCondition c) => c.Field switch
    {
        CrmField.DealStage => c.StageId is > 0 ? null : (".stageId", "choose a deal stage."),
        CrmField.OpenTickets => c.Test is { Type: not RuleValueType.Number } ? (".test", "the number of open tickets is compared as a number.") : TestProblem(c.Test, ".test"),
        CrmField.AccountField => CrmAccountFields.Problem(c.AccountField, c.Test) is { } problem ? (".accountField", problem) : TestProblem(c.Test, ".test"),
        CrmField.Owner => c.Test is { Type: RuleValueType.String, Operator: RuleOperator.Equals or RuleOperator.NotEquals or RuleOperator.Exists or RuleOperator.NotExists }
            ? TestProblem(c.Test, ".test") : (".test", "compare the owner with equals, not equals, exists or not exists."),
        _ => (".field", "the CRM field is unknown."),
    };
}
