using Lodestar.Portal.Client.Features.Segments.Rules;

namespace Lodestar.Portal.Client.Features.Segments;

/// <summary>
/// A rule in plain words ("People who performed Order Completed at least 2 times in the last 90 days where revenue is
/// greater than 100, and whose plan is pro"), shown under the builder and for each saved version. The schema, when given,
/// names deal stages, owners and segments instead of their ids. Unfinished parts read as "…".
/// </summary>
public sealed class RuleSummary(SegmentSchemaDto? schema = null)
{
    private const string Missing = "…";

    public static string Of(RuleGroupDto rule, SegmentSchemaDto? schema = null) => new RuleSummary(schema).Describe(rule);

    public string Describe(RuleGroupDto rule)
    {
        if (rule.Children.Count == 0)
            return rule.Match == GroupMatch.Any ? "Nobody yet: add a condition." : "Everyone: there are no conditions yet.";
        var parts = rule.Children.Select(Phrase);
        return rule.Match switch
        {
            GroupMatch.Any => "People " + string.Join(", or ", parts),
            GroupMatch.None => "Everyone except people " + string.Join(", or ", parts),
            _ => "People " + string.Join(", and ", parts),
        };
    }

    private string Phrase(RuleNodeDto node) => node switch
    {
        RuleGroupDto group => Group(group),
        TraitConditionDto t => $"whose {Text(t.Trait)} {Test(t.Test)}",
        EventConditionDto e => Event(e),
        ComputedConditionDto c => Computed(c),
        CrmConditionDto c => Crm(c),
        MembershipConditionDto m => $"who are {(m.Member ? "" : "not ")}in {Label(schema?.Segments, m.SegmentId, "segment")}",
        ConsentConditionDto c => c.Granted ? $"who have granted {Text(c.Category)} consent" : $"who have not granted {Text(c.Category)} consent",
        _ => Missing,
    };

    // A nested group is bracketed so "A, and (B, or C)" cannot be read as "(A, and B), or C".
    private string Group(RuleGroupDto group)
    {
        if (group.Children.Count == 0)
            return "(no conditions)";
        var parts = group.Children.Select(Phrase).ToList();
        if (group.Match == GroupMatch.None)
            return "not (" + string.Join(", or ", parts) + ")";
        return parts.Count == 1 ? parts[0] : "(" + string.Join(group.Match == GroupMatch.Any ? ", or " : ", and ", parts) + ")";
    }

    private static string Event(EventConditionDto e) => e.Performed
        ? $"who performed {Text(e.Event)}{Times(e.Frequency, e.Count)}{Window(e.Window)}{Where(e.Where)}"
        : $"who did not perform {Text(e.Event)}{Window(e.Window)}{Where(e.Where)}";

    private static string Computed(ComputedConditionDto c)
    {
        var events = $"{Text(c.Event)} events{Window(c.Window)}{Where(c.Where)}";
        return c.Aggregation == Aggregation.Count
            ? $"whose number of {events} {Test(c.Test)}"
            : $"whose {Aggregate(c.Aggregation)} {Text(PropertyName(c.Property))} in {events} {Test(c.Test)}";
    }

    private string Crm(CrmConditionDto c) => c.Field switch
    {
        CrmField.DealStage => $"who have a deal in {Label(schema?.Stages, c.StageId ?? 0, "stage")}",
        CrmField.OpenTickets => $"whose number of open tickets {Test(c.Test)}",
        CrmField.AccountField => $"whose account {Text(c.AccountField)} {Test(c.Test)}",
        CrmField.Owner => $"whose CRM owner {Test(c.Test, id => schema?.Owners.FirstOrDefault(o => o.Id == id)?.Label ?? id)}",
        _ => Missing,
    };

    private static string Times(Frequency frequency, int count)
    {
        var times = count == 1 ? "once" : $"{count:N0} times";
        return frequency switch
        {
            Frequency.AtLeast when count == 1 => "",
            Frequency.AtMost => $" at most {times}",
            Frequency.Exactly => $" exactly {times}",
            _ => $" at least {times}",
        };
    }

    private static string Window(EventWindowDto? window) => window switch
    {
        { LastDays: 1 } => " in the last day",
        { LastDays: { } days } => $" in the last {days:N0} days",
        { From: { } from, To: { } to } => $" between {from:yyyy-MM-dd} and {to:yyyy-MM-dd}",
        { From: { } from } => $" since {from:yyyy-MM-dd}",
        { To: { } to } => $" until {to:yyyy-MM-dd}",
        _ => "",
    };

    private static string Where(List<PropertyFilterDto>? filters) => filters is { Count: > 0 }
        ? " where " + string.Join(" and ", filters.Select(f => $"{Text(PropertyName(f.Property))} {Test(f.Test)}"))
        : "";

    private static string Test(ValueTestDto? test, Func<string, string>? label = null)
    {
        if (test is null)
            return Missing;
        string Value(string? text) => string.IsNullOrWhiteSpace(text) ? Missing : label?.Invoke(text.Trim()) ?? text.Trim();
        return test.Operator switch
        {
            RuleOperator.Equals => $"is {Value(test.Value)}",
            RuleOperator.NotEquals => $"is not {Value(test.Value)}",
            RuleOperator.Contains => $"contains {Value(test.Value)}",
            RuleOperator.StartsWith => $"starts with {Value(test.Value)}",
            RuleOperator.Exists => "is set",
            RuleOperator.NotExists => "is not set",
            RuleOperator.GreaterThan => $"is greater than {Value(test.Value)}",
            RuleOperator.LessThan => $"is less than {Value(test.Value)}",
            RuleOperator.Between => $"is between {Value(test.Value)} and {Value(test.Value2)}",
            RuleOperator.InList => test.Values is { Count: > 0 } values ? "is one of " + string.Join(", ", values.Select(Value)) : $"is one of {Missing}",
            RuleOperator.Before => $"is before {Value(test.Value)}",
            RuleOperator.After => $"is after {Value(test.Value)}",
            RuleOperator.WithinLastDays => test.Days == 1 ? "is within the last day" : $"is within the last {test.Days?.ToString("N0") ?? Missing} days",
            _ => Missing,
        };
    }

    private static string Aggregate(Aggregation aggregation) => aggregation switch
    {
        Aggregation.Sum => "total",
        Aggregation.Min => "lowest",
        Aggregation.Max => "highest",
        _ => Words.Of(aggregation),
    };

    /// <summary>"properties.revenue" reads as "revenue"; other paths (context.campaign.source) stay whole.</summary>
    private static string? PropertyName(string? path) =>
        path is not null && path.StartsWith("properties.", StringComparison.Ordinal) ? path["properties.".Length..] : path;

    private static string Text(string? text) => string.IsNullOrWhiteSpace(text) ? Missing : text.Trim();

    private static string Label(IReadOnlyList<OptionDto>? options, long id, string noun) =>
        id <= 0 ? $"{noun} {Missing}" : options?.FirstOrDefault(o => o.Id == id.ToString(System.Globalization.CultureInfo.InvariantCulture))?.Label ?? $"{noun} {id}";
}
