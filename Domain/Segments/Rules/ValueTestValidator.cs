namespace Lodestar.Domain.Segments.Rules;

/// <summary>Checks that a test's operator fits its type and its operands parse; answers what is wrong, or null.</summary>
public static class ValueTestValidator
{
    public const int MaxDays = 36_500;
    public const int MaxListValues = 1_000;
    public const int MaxValueLength = 1_000;

    public static string? Problem(ValueTest? test)
    {
        if (test is null)
            return "a comparison is required.";
        if (!Enum.IsDefined(test.Type) || !Enum.IsDefined(test.Operator))
            return "the type or operator is unknown.";
        if (!RuleOperators.Fits(test.Type, test.Operator))
            return $"'{Words.Of(test.Operator)}' does not apply to a {Words.Of(test.Type)}; use one of: " +
                   string.Join(", ", RuleOperators.For(test.Type).Select(Words.Of)) + ".";
        return test.Operator switch
        {
            RuleOperator.Exists or RuleOperator.NotExists => null,
            RuleOperator.WithinLastDays => test.Days is >= 1 and <= MaxDays ? null : $"the number of days must be 1 to {MaxDays}.",
            RuleOperator.InList => ListProblem(test),
            RuleOperator.Between => OperandProblem(test.Type, test.Value) ?? OperandProblem(test.Type, test.Value2) ?? OrderProblem(test),
            _ => OperandProblem(test.Type, test.Value),
        };
    }

    private static string? ListProblem(ValueTest test)
    {
        if (test.Values is not { Count: > 0 } values)
            return "the list needs at least one value.";
        if (values.Count > MaxListValues)
            return $"the list can have at most {MaxListValues} values.";
        return values.Select(v => OperandProblem(test.Type, v)).FirstOrDefault(p => p is not null);
    }

    private static string? OperandProblem(RuleValueType type, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return "a value is required.";
        if (value.Length > MaxValueLength)
            return $"a value can be at most {MaxValueLength} characters.";
        return type switch
        {
            RuleValueType.Number when !RuleValues.TryNumber(value, out _) => $"'{value}' is not a number.",
            RuleValueType.Boolean when !RuleValues.TryBoolean(value, out _) => $"'{value}' is not true or false.",
            RuleValueType.Date when !RuleValues.TryDate(value, out _) => $"'{value}' is not a date (write 2026-01-31).",
            _ => null,
        };
    }

    private static string? OrderProblem(ValueTest test) => test.Type switch
    {
        RuleValueType.Number when RuleValues.Number(test.Value) > RuleValues.Number(test.Value2) => "the first value must not be above the second.",
        RuleValueType.Date when RuleValues.Date(test.Value) > RuleValues.Date(test.Value2) => "the first date must not be after the second.",
        _ => null,
    };
}
