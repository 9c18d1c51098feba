namespace Lodestar.Portal.Client.Features.Segments.Rules;

/// <summary>Which operators fit which value type: the Domain's <c>RuleOperators</c>, so the builder offers only what the server accepts.</summary>
public static class RuleOperators
{
    private static readonly Dictionary<RuleValueType, RuleOperator[]> ByType = new()
    {
        [RuleValueType.String] =
        [
            RuleOperator.Equals, RuleOperator.NotEquals, RuleOperator.Contains, RuleOperator.StartsWith,
            RuleOperator.InList, RuleOperator.Exists, RuleOperator.NotExists,
        ],
        [RuleValueType.Number] =
        [
            RuleOperator.Equals, RuleOperator.NotEquals, RuleOperator.GreaterThan, RuleOperator.LessThan,
            RuleOperator.Between, RuleOperator.InList, RuleOperator.Exists, RuleOperator.NotExists,
        ],
        [RuleValueType.Boolean] = [RuleOperator.Equals, RuleOperator.Exists, RuleOperator.NotExists],
        [RuleValueType.Date] =
        [
            RuleOperator.Before, RuleOperator.After, RuleOperator.Between, RuleOperator.WithinLastDays,
            RuleOperator.Exists, RuleOperator.NotExists,
        ],
    };

    public static IReadOnlyList<RuleOperator> For(RuleValueType type) => ByType[type];

    public static bool Fits(RuleValueType type, RuleOperator op) => ByType.TryGetValue(type, out var ops) && ops.Contains(op);

    /// <summary>The operators a CRM owner is compared with (the Domain allows only these).</summary>
    public static IReadOnlyList<RuleOperator> Owner { get; } = [RuleOperator.Equals, RuleOperator.NotEquals, RuleOperator.Exists, RuleOperator.NotExists];
}
