using Lodestar.Domain.Segments.Rules;

namespace Lodestar.Domain.Segments.Evaluation;

/// <summary>
/// Evaluates a rule tree in memory over a <see cref="SegmentData"/> snapshot, with the same meaning as the SQL that
/// <see cref="Queries.SegmentQueryCompiler"/> builds on SQLite: the same members for the same data and time. Pure (no
/// I/O); for tests that hold the compiler to its semantics and for diagnostics on small workspaces. Validate the rule
/// first (<see cref="SegmentRuleValidator"/>), as for the compiler. SQL Server can differ where it reads JSON and
/// compares text its own way (numeric strings read as numbers, the database's collation).
/// </summary>
public sealed class SegmentRuleEvaluator
{
    private readonly SegmentIndex _index;
    private readonly DateTime _now;
    private readonly EventEvaluator _events;
    private readonly ComputedEvaluator _computed;
    private readonly CrmEvaluator _crm;
    private readonly ConsentEvaluator _consent;

    public SegmentRuleEvaluator(SegmentData data, DateTime now)
    {
        _index = new SegmentIndex(data);
        _now = now;
        _events = new EventEvaluator(_index, now);
        _computed = new ComputedEvaluator(_index, _events, now);
        _crm = new CrmEvaluator(_index, now);
        _consent = new ConsentEvaluator(data.Consents, _index.Living);
    }

    /// <summary>The living profiles matching the rule, in id order.</summary>
    public IReadOnlyList<long> Members(RuleGroup rule) => [.. Group(rule).Order()];

    /// <summary>An ALL group takes the profiles in every child (an empty one: all), ANY in some child, NONE in no child.</summary>
    private HashSet<long> Group(RuleGroup group)
    {
        var sets = group.Children.Select(Node).ToList();
        var result = new HashSet<long>(_index.Living);
        if (group.Match == GroupMatch.All)
        {
            sets.ForEach(result.IntersectWith);
            return result;
        }

        var any = new HashSet<long>();
        sets.ForEach(any.UnionWith);
        if (group.Match == GroupMatch.Any)
            result.IntersectWith(any);
        else
            result.ExceptWith(any);
        return result;
    }

    private HashSet<long> Node(RuleNode node) => node switch
    {
        RuleGroup group => Group(group),
        TraitCondition trait => Trait(trait),
        EventCondition e => _events.Performed(e),
        ComputedCondition c => _computed.Matching(c),
        CrmCondition c => _crm.Matching(c),
        MembershipCondition m => Membership(m),
        ConsentCondition c => _consent.Matching(c),
        _ => throw new ArgumentException($"Unknown rule node {node.GetType().Name}."),
    };

    private HashSet<long> Trait(TraitCondition condition) =>
        _index.Matching(_index.Traits[condition.Trait].Select(t => (t.ProfileId, JsonScalar.Parse(t.Value))), new ScalarPredicate(condition.Test, _now));

    private HashSet<long> Membership(MembershipCondition condition)
    {
        var members = _index.Members[condition.SegmentId];
        if (!condition.Member)
            return _index.LivingExcept(members);
        var result = new HashSet<long>(members);
        result.IntersectWith(_index.Living);
        return result;
    }
}
