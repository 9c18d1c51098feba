namespace Lodestar.Portal.Client.Features.Segments.Rules;

/// <summary>
/// The first problem of one condition — the field (a JSON path suffix such as <c>.test</c>) and what is wrong — with the
/// Domain's <c>ConditionProblems</c> rules and words, or null when the condition is complete.
/// </summary>
public static class ConditionProblems
{
    public const int MaxNameLength = 200;

    /// <summary>Every field suffix a problem can name, so the builder can place each message under its input.</summary>
    public static IReadOnlyList<string> Fields { get; } =
        ["", ".trait", ".test", ".event", ".frequency", ".count", ".window", ".window.lastDays", ".aggregation", ".property",
         ".stageId", ".accountField", ".segmentId", ".field", ".category"];

    public static string Name(RuleNodeDto? node) => node switch
    {
        TraitConditionDto t => $"trait \"{t.Trait}\"",
        EventConditionDto e => $"event \"{e.Event}\"",
        ComputedConditionDto c => $"{Words.Of(c.Aggregation)} of \"{c.Event}\"",
        CrmConditionDto c => $"CRM {Words.Of(c.Field)}",
        MembershipConditionDto m => $"segment {m.SegmentId}",
        ConsentConditionDto c => $"consent \"{c.Category}\"",
        _ => "empty",
    };

    public static (string Field, string Message)? Of(RuleNodeDto node) => node switch
    {
        TraitConditionDto t => NameProblem(t.Trait, ".trait", "trait") ?? TestProblem(t.Test, ".test"),
        EventConditionDto e => NameProblem(e.Event, ".event", "event") ?? FrequencyProblem(e) ?? WindowProblem(e.Window) ?? FiltersProblem(e.Where),
        ComputedConditionDto c => NameProblem(c.Event, ".event", "event") ?? AggregationProblem(c) ?? WindowProblem(c.Window) ?? FiltersProblem(c.Where),
        CrmConditionDto c => CrmProblem(c),
        MembershipConditionDto m => m.SegmentId > 0 ? null : (".segmentId", "choose a segment."),
        ConsentConditionDto c => IsCategoryKey(c.Category) ? null : (".category", "choose a consent category."),
        _ => ("", "this kind of condition is unknown."),
    };

    /// <summary>The Domain's category key rule: lower-case letters, digits, '_' or '-', at most 64 characters.</summary>
    private static bool IsCategoryKey(string? key) =>
        key is { Length: > 0 and <= 64 } && key.All(ch => ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '-');

    /// <summary>Whether an aggregation gives a number (so it is compared as one).</summary>
    public static bool IsNumeric(Aggregation aggregation) =>
        aggregation is Aggregation.Sum or Aggregation.Average or Aggregation.Min or Aggregation.Max or Aggregation.Count;

    private static (string, string)? NameProblem(string? name, string field, string what) =>
        string.IsNullOrWhiteSpace(name) ? (field, $"the {what} name is required.")
        : name.Length > MaxNameLength ? (field, $"the {what} name can be at most {MaxNameLength} characters.")
        : null;

    private static (string, string)? TestProblem(ValueTestDto? test, string field) =>
        ValueTestValidator.Problem(test) is { } message ? (field, message) : null;

    private static (string, string)? FrequencyProblem(EventConditionDto e)
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

    private static (string, string)? WindowProblem(EventWindowDto? window)
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

    private static (string, string)? FiltersProblem(List<PropertyFilterDto>? filters)
    {
        for (var i = 0; i < (filters?.Count ?? 0); i++)
        {
            var filter = filters![i];
            if (filter is null)
                return ($".where[{i}]", "the property filter is empty.");
            if (PropertyPaths.Problem(filter.Property) is { } pathProblem)
                return ($".where[{i}].property", pathProblem);
            if (ValueTestValidator.Problem(filter.Test) is { } testProblem)
                return ($".where[{i}].test", $"{filter.Property}: {testProblem}");
        }

        return null;
    }

    private static (string, string)? AggregationProblem(ComputedConditionDto c)
    {
        if (!Enum.IsDefined(c.Aggregation))
            return (".aggregation", "the aggregation is unknown.");
        if (c.Aggregation != Aggregation.Count && PropertyPaths.Problem(c.Property) is { } pathProblem)
            return (".property", pathProblem);
        if (IsNumeric(c.Aggregation) && c.Test is { Type: not RuleValueType.Number })
            return (".test", $"the {Words.Of(c.Aggregation)} is a number: compare it as a number.");
        return TestProblem(c.Test, ".test");
    }

    private static (string, string)? CrmProblem(CrmConditionDto c) => c.Field switch
    {
        CrmField.DealStage => c.StageId is > 0 ? null : (".stageId", "choose a deal stage."),
        CrmField.OpenTickets => c.Test is { Type: not RuleValueType.Number } ? (".test", "the number of open tickets is compared as a number.") : TestProblem(c.Test, ".test"),
        CrmField.AccountField => CrmAccountFields.Problem(c.AccountField, c.Test) is { } problem ? (".accountField", problem) : TestProblem(c.Test, ".test"),
        CrmField.Owner => c.Test is { Type: RuleValueType.String, Operator: RuleOperator.Equals or RuleOperator.NotEquals or RuleOperator.Exists or RuleOperator.NotExists }
            ? TestProblem(c.Test, ".test") : (".test", "compare the owner with equals, not equals, exists or not exists."),
        _ => (".field", "the CRM field is unknown."),
    };
}
