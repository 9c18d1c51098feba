using System.Linq.Expressions;

namespace Lodestar.Domain.Segments.Queries;

/// <summary>The profiles whose rows pass a scalar test; a complement test takes every other living profile.</summary>
internal static class Sets
{
    public static IQueryable<long> Matching<TRow>(IQueryable<TRow> rows, Expression<Func<TRow, long>> profile,
        Expression<Func<TRow, string?>> text, Expression<Func<TRow, double?>> number, ScalarTest test, IQueryable<long> living)
    {
        var passing = rows.Where(Predicate(test, text, number)).Select(profile);
        return test.Complement ? living.Except(passing) : passing;
    }

    /// <summary>The positive predicate on a row (the complement is the caller's to take).</summary>
    public static Expression<Func<TRow, bool>> Predicate<TRow>(ScalarTest test, Expression<Func<TRow, string?>> text, Expression<Func<TRow, double?>> number) =>
        test.Text is { } onText ? Lambdas.Apply(onText, text) : Lambdas.Apply(test.Number!, number);

    /// <summary>The predicate a single row must pass, complement included (for filters on events).</summary>
    public static Expression<Func<TRow, bool>> RowPredicate<TRow>(ScalarTest test, Expression<Func<TRow, string?>> text, Expression<Func<TRow, double?>> number)
    {
        var positive = Predicate(test, text, number);
        return test.Complement ? Lambdas.Not(positive) : positive;
    }
}
