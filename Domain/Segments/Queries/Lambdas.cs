using System.Linq.Expressions;

namespace Lodestar.Domain.Segments.Queries;

/// <summary>Composes LINQ lambdas so that conditions can be written as ordinary C# lambdas and still translate to SQL.</summary>
internal static class Lambdas
{
    /// <summary><c>row =&gt; predicate(selector(row))</c>, inlined.</summary>
    public static Expression<Func<TRow, bool>> Apply<TRow, TValue>(Expression<Func<TValue, bool>> predicate, Expression<Func<TRow, TValue>> selector)
    {
        var body = new Replace(predicate.Parameters[0], selector.Body).Visit(predicate.Body)!;
        return Expression.Lambda<Func<TRow, bool>>(body, selector.Parameters);
    }

    public static Expression<Func<T, bool>> Not<T>(Expression<Func<T, bool>> predicate) =>
        Expression.Lambda<Func<T, bool>>(Expression.Not(predicate.Body), predicate.Parameters);

    public static Expression<Func<T, bool>> And<T>(Expression<Func<T, bool>> left, Expression<Func<T, bool>> right)
    {
        var body = new Replace(right.Parameters[0], left.Parameters[0]).Visit(right.Body)!;
        return Expression.Lambda<Func<T, bool>>(Expression.AndAlso(left.Body, body), left.Parameters);
    }

    private sealed class Replace(Expression from, Expression to) : ExpressionVisitor
    {
        public override Expression? Visit(Expression? node) => node == from ? to : base.Visit(node);
    }
}
