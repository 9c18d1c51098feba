namespace Lodestar.Domain.Segments.Rules;

/// <summary>Which operators fit which value type (the builder offers the same lists).</summary>
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

    /// <summary>Operators true for a profile that has no value at all.</summary>
    public static bool MatchesMissing(RuleOperator op) => op is RuleOperator.NotExists or RuleOperator.NotEquals;
}
