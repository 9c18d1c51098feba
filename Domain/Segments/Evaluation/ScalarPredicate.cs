using System.Globalization;
using Lodestar.Domain.Segments.Queries;
using Lodestar.Domain.Segments.Rules;

namespace Lodestar.Domain.Segments.Evaluation;

/// <summary>
/// A value test on one value (text for strings, booleans and dates; a number for numbers), for the positive operator:
/// not equals tests equals and not exists tests exists, with <see cref="Complement"/> set, and the caller takes the
/// profiles (or event rows) that do not pass. Text compares with ASCII case folded; dates as ISO text by whole UTC
/// days, within last N days by the instant.
/// </summary>
internal sealed class ScalarPredicate
{
    private readonly Func<string?, bool>? _text;
    private readonly Func<double?, bool>? _number;

    public ScalarPredicate(ValueTest test, DateTime now)
    {
        Complement = test.Operator is RuleOperator.NotEquals or RuleOperator.NotExists;
        var op = test.Operator switch
        {
            RuleOperator.NotEquals => RuleOperator.Equals,
            RuleOperator.NotExists => RuleOperator.Exists,
            var other => other,
        };
        if (test.Type == RuleValueType.Number)
            _number = NumberTest(op, test);
        else
            _text = test.Type switch
            {
                RuleValueType.Boolean => BooleanTest(op, test),
                RuleValueType.Date => DateTest(op, test, now),
                _ => StringTest(op, test),
            };
    }

    public bool Complement { get; }

    /// <summary>The positive operator on a value.</summary>
    public bool Positive(string? text, double? number) => _text is { } onText ? onText(text) : _number!(number);

    public bool Positive(JsonScalar value) => Positive(value.Text, value.Number);

    /// <summary>Whether one row passes, complement included (property filters on events).</summary>
    public bool Row(JsonScalar value) => Positive(value) != Complement;

    private static Func<double?, bool> NumberTest(RuleOperator op, ValueTest test) => op switch
    {
        RuleOperator.Exists => n => n is not null,
        RuleOperator.Equals => n => n == RuleValues.Number(test.Value),
        RuleOperator.GreaterThan => n => n > RuleValues.Number(test.Value),
        RuleOperator.LessThan => n => n < RuleValues.Number(test.Value),
        RuleOperator.Between => n => n >= RuleValues.Number(test.Value) && n <= RuleValues.Number(test.Value2),
        RuleOperator.InList => n => n is { } value && test.Values!.Any(v => RuleValues.Number(v) == value),
        _ => throw Unsupported(op, test.Type),
    };

    private static Func<string?, bool> StringTest(RuleOperator op, ValueTest test)
    {
        var value = RuleText.Fold(test.Value ?? "");
        return op switch
        {
            RuleOperator.Exists => s => s is not null,
            RuleOperator.Equals => s => s is not null && RuleText.Fold(s) == value,
            RuleOperator.Contains => s => s is not null && RuleText.Fold(s).Contains(value, StringComparison.Ordinal),
            RuleOperator.StartsWith => s => s is not null && RuleText.Fold(s).StartsWith(value, StringComparison.Ordinal),
            RuleOperator.InList => s => s is not null && test.Values!.Any(v => RuleText.Fold(v) == RuleText.Fold(s)),
            _ => throw Unsupported(op, test.Type),
        };
    }

    private static Func<string?, bool> BooleanTest(RuleOperator op, ValueTest test)
    {
        if (op == RuleOperator.Exists)
            return s => s is "true" or "false";
        var value = RuleValues.TryBoolean(test.Value, out var b) && b ? "true" : "false";
        return s => s == value;
    }

    private static Func<string?, bool> DateTest(RuleOperator op, ValueTest test, DateTime now)
    {
        Func<string, string, int> compare = BinaryCollation.Instance.Compare;
        return op switch
        {
            RuleOperator.Exists => s => IsDate(s),
            RuleOperator.Before => s => IsDate(s) && compare(s!, Day(test.Value, 0)) < 0,
            RuleOperator.After => s => IsDate(s) && compare(s!, Day(test.Value, 1)) >= 0,
            RuleOperator.Between => s => IsDate(s) && compare(s!, Day(test.Value, 0)) >= 0 && compare(s!, Day(test.Value2, 1)) < 0,
            RuleOperator.WithinLastDays => s => IsDate(s)
                && compare(s!, now.AddDays(-test.Days!.Value).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)) >= 0,
            _ => throw Unsupported(op, test.Type),
        };
    }

    /// <summary>Starts like <c>2026-01-31</c> (the query's GLOB pattern).</summary>
    private static bool IsDate(string? s) =>
        s is { Length: >= 10 } && s[4] == '-' && s[7] == '-' && s.Take(10).Where((_, i) => i is not (4 or 7)).All(char.IsAsciiDigit);

    private static string Day(string? operand, int plusDays) =>
        RuleValues.Date(operand).Date.AddDays(plusDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ArgumentException Unsupported(RuleOperator op, RuleValueType type) => new($"Operator {op} does not apply to {type} (validate the rule first).");
}
