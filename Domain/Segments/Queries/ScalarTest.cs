using System.Linq.Expressions;

namespace Lodestar.Domain.Segments.Queries;

/// <summary>
/// A value test as a predicate on the scalar it reads — text for strings, booleans and dates, a number for numbers —
/// for the positive operator. <see cref="Complement"/>: the condition is the complement (not equals, not exists), so a
/// profile without the value passes it.
/// </summary>
internal sealed record ScalarTest(Expression<Func<string?, bool>>? Text, Expression<Func<double?, bool>>? Number, bool Complement);
