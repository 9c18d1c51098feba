using Lodestar.Domain.Data;
using Lodestar.Domain.Segments.Rules;

namespace Lodestar.Domain.Segments.Queries;

/// <summary>
/// Tests on counts (events of a name, open tickets). A profile without rows has a count of 0, so when 0 passes the
/// test the answer is every living profile except those whose count fails it.
/// </summary>
internal static class Counts
{
    public static IQueryable<long> Matching(IQueryable<Value> counts, ValueTest test, DateTime now, DatabaseProvider provider, IQueryable<long> living)
    {
        var passes = Sets.RowPredicate<Value>(ScalarTests.Of(test, now, provider), v => v.Text, v => v.Number);
        return PassesZero(test)
            ? living.Except(counts.Where(Lambdas.Not(passes)).Select(v => v.ProfileId))
            : counts.Where(passes).Select(v => v.ProfileId);
    }

    public static bool PassesZero(ValueTest test) => test.Operator switch
    {
        RuleOperator.Equals => RuleValues.Number(test.Value) == 0,
        RuleOperator.NotEquals => RuleValues.Number(test.Value) != 0,
        RuleOperator.GreaterThan => 0 > RuleValues.Number(test.Value),
        RuleOperator.LessThan => 0 < RuleValues.Number(test.Value),
        RuleOperator.Between => RuleValues.Number(test.Value) <= 0 && 0 <= RuleValues.Number(test.Value2),
        RuleOperator.InList => test.Values!.Any(v => RuleValues.Number(v) == 0),
        RuleOperator.Exists => true,
        _ => false,
    };
}
