namespace Lodestar.Portal.Client.Features.Segments.Rules;

/// <summary>
/// Checks that a test's operator fits its type and its operands parse, with the Domain's <c>ValueTestValidator</c> rules
/// and messages, so the builder says what the server would say while the person types.
/// </summary>
public static class ValueTestValidator
{
    public const int MaxDays = 36_500;
    public const int MaxListValues = 1_000;
    public const int MaxValueLength = 1_000;

    public static string? Problem(ValueTestDto? test)
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

    private static string? ListProblem(ValueTestDto test)
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

    // Both operands parse here: OperandProblem has passed for each.
    private static string? OrderProblem(ValueTestDto test) => test.Type switch
    {
        RuleValueType.Number when RuleValues.TryNumber(test.Value, out var a) && RuleValues.TryNumber(test.Value2, out var b) && a > b
            => "the first value must not be above the second.",
        RuleValueType.Date when RuleValues.TryDate(test.Value, out var a) && RuleValues.TryDate(test.Value2, out var b) && a > b
            => "the first date must not be after the second.",
        _ => null,
    };
}
