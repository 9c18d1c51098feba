using Lodestar.Domain.Funnels;
using Lodestar.Domain.Segments.Rules;

namespace Lodestar.Domain.Paths;

/// <summary>Checks a paths question before it runs; errors are keyed by the API's JSON path (<c>filters[0].property</c>).</summary>
public static class PathQueryValidator
{
    public const int MaxDepth = 5;
    public const int MaxTopN = 20;

    public static void Check(PathQuery query)
    {
        var errors = Validate(query);
        if (errors.Count > 0)
            throw new DomainValidationException(errors);
    }

    public static IReadOnlyDictionary<string, string[]> Validate(PathQuery query)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(query.Event))
            errors["event"] = ["Choose the event the paths start from (or lead to)."];
        else if (query.Event.Length > ConditionProblems.MaxNameLength)
            errors["event"] = [$"The event name is longer than {ConditionProblems.MaxNameLength} characters."];
        if (ConditionProblems.FiltersProblem(query.Filters, "filters") is { } filter)
            errors[filter.Field] = [char.ToUpperInvariant(filter.Message[0]) + filter.Message[1..]];
        if (query.Depth is < 1 or > MaxDepth)
            errors["depth"] = [$"Show 1 to {MaxDepth} steps."];
        if (query.TopN is < 1 or > MaxTopN)
            errors["topN"] = [$"Keep 1 to {MaxTopN} events per step."];
        if (query.From == default || query.To == default)
            errors["from"] = ["Choose the date range (from and to)."];
        else if (query.From > query.To)
            errors["to"] = ["The end date must not be before the start date."];
        else if (query.To.DayNumber - query.From.DayNumber + 1 > FunnelQueryValidator.MaxRangeDays)
            errors["to"] = [$"The date range can be at most {FunnelQueryValidator.MaxRangeDays} days."];
        return errors;
    }
}
