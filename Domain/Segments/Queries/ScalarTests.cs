using System.Globalization;
using System.Linq.Expressions;
using Lodestar.Domain.Data;
using Lodestar.Domain.Segments.Rules;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Segments.Queries;

/// <summary>
/// Builds <see cref="ScalarTest"/>s. Operands are captured variables, so they reach SQL as parameters. Dates compare as
/// ISO-8601 text by whole UTC days (before D, after D, between D1 and D2 inclusive), within last N days by the instant.
/// </summary>
internal static class ScalarTests
{
    public const string DayFormat = "yyyy-MM-dd";
    public const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss";

    public static ScalarTest Of(ValueTest test, DateTime now, DatabaseProvider provider)
    {
        var complement = test.Operator is RuleOperator.NotEquals or RuleOperator.NotExists;
        var op = test.Operator switch
        {
            RuleOperator.NotEquals => RuleOperator.Equals,
            RuleOperator.NotExists => RuleOperator.Exists,
            var other => other,
        };
        return test.Type switch
        {
            RuleValueType.Number => new ScalarTest(null, NumberTest(op, test), complement),
            RuleValueType.Boolean => new ScalarTest(BooleanTest(op, test), null, complement),
            RuleValueType.Date => new ScalarTest(DateTest(op, test, now, provider), null, complement),
            _ => new ScalarTest(StringTest(op, test), null, complement),
        };
    }

    private static Expression<Func<double?, bool>> NumberTest(RuleOperator op, ValueTest test)
    {
        var value = op is RuleOperator.Exists or RuleOperator.InList ? 0 : RuleValues.Number(test.Value);
        switch (op)
        {
            case RuleOperator.Exists:
                return n => n != null;
            case RuleOperator.Equals:
                return n => n == value;
            case RuleOperator.GreaterThan:
                return n => n > value;
            case RuleOperator.LessThan:
                return n => n < value;
            case RuleOperator.Between:
                var high = RuleValues.Number(test.Value2);
                return n => n >= value && n <= high;
            case RuleOperator.InList:
                var values = test.Values!.Select(RuleValues.Number).Distinct().ToList();
                return n => n != null && values.Contains(n.Value);
            default:
                throw Unsupported(op, test.Type);
        }
    }

    private static Expression<Func<string?, bool>> StringTest(RuleOperator op, ValueTest test)
    {
        var value = RuleText.Fold(test.Value ?? "");
        switch (op)
        {
            case RuleOperator.Exists:
                return s => s != null;
            case RuleOperator.Equals:
                return s => s != null && s.ToLower() == value;
            case RuleOperator.Contains:
                return s => s != null && s.ToLower().Contains(value);
            case RuleOperator.StartsWith:
                return s => s != null && s.ToLower().StartsWith(value);
            case RuleOperator.InList:
                var values = test.Values!.Select(RuleText.Fold).Distinct().ToList();
                return s => s != null && values.Contains(s.ToLower());
            default:
                throw Unsupported(op, test.Type);
        }
    }

    private static Expression<Func<string?, bool>> BooleanTest(RuleOperator op, ValueTest test)
    {
        if (op == RuleOperator.Exists)
            return s => s == "true" || s == "false";
        var value = RuleValues.TryBoolean(test.Value, out var b) && b ? "true" : "false";
        return s => s == value;
    }

    private static Expression<Func<string?, bool>> DateTest(RuleOperator op, ValueTest test, DateTime now, DatabaseProvider provider)
    {
        Expression<Func<string?, bool>> isDate = provider == DatabaseProvider.Sqlite
            ? s => s != null && EF.Functions.Glob(s, "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*")
            : s => s != null && EF.Functions.Like(s, "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]%");
        switch (op)
        {
            case RuleOperator.Exists:
                return isDate;
            case RuleOperator.Before:
                var before = Day(test.Value, 0);
                return Lambdas.And(isDate, s => string.Compare(s, before) < 0);
            case RuleOperator.After:
                var after = Day(test.Value, 1);
                return Lambdas.And(isDate, s => string.Compare(s, after) >= 0);
            case RuleOperator.Between:
                var from = Day(test.Value, 0);
                var to = Day(test.Value2, 1);
                return Lambdas.And(isDate, s => string.Compare(s, from) >= 0 && string.Compare(s, to) < 0);
            case RuleOperator.WithinLastDays:
                var since = now.AddDays(-test.Days!.Value).ToString(InstantFormat, CultureInfo.InvariantCulture);
                return Lambdas.And(isDate, s => string.Compare(s, since) >= 0);
            default:
                throw Unsupported(op, test.Type);
        }
    }

    /// <summary>The day of an operand (plus <paramref name="plusDays"/>) as ISO text.</summary>
    public static string Day(string? operand, int plusDays) =>
        RuleValues.Date(operand).Date.AddDays(plusDays).ToString(DayFormat, CultureInfo.InvariantCulture);

    private static ArgumentException Unsupported(RuleOperator op, RuleValueType type) => new($"Operator {op} does not apply to {type} (validate the rule first).");
}
