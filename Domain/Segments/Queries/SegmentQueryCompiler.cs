using System.Linq.Expressions;
using Lodestar.Domain.Data;
using Lodestar.Domain.Segments.Rules;

namespace Lodestar.Domain.Segments.Queries;

/// <summary>
/// Compiles a validated rule tree into one LINQ query of profile ids (living profiles only): each condition is a set
/// of ids, groups combine them with INTERSECT (all), UNION (any) and EXCEPT (none), and EF Core turns the whole tree
/// into one parameterised SQL statement on SQLite and SQL Server. Nothing is evaluated on the client.
/// </summary>
public sealed class SegmentQueryCompiler(PortalDbContext db, DateTime now)
{
    private readonly EventSets _events = new(db, now);
    private readonly CrmSets _crm = new(db, now);
    private readonly ConsentSets _consent = new(db);

    /// <summary>The living profiles, the universe every rule draws from.</summary>
    public IQueryable<long> Living => db.Profiles.Where(p => p.MergedIntoId == null).Select(p => p.Id);

    public IQueryable<long> Compile(RuleGroup rule) => Group(rule);

    private IQueryable<long> Group(RuleGroup group)
    {
        var sets = group.Children.Select(Node).ToList();
        return group.Match switch
        {
            GroupMatch.All => sets.Aggregate(Living, (all, set) => all.Intersect(set)),
            GroupMatch.Any => sets.Count == 0 ? Living.Where(_ => false) : Living.Intersect(Union(sets)),
            _ => sets.Count == 0 ? Living : Living.Except(Union(sets)),
        };
    }

    private static IQueryable<long> Union(List<IQueryable<long>> sets) => sets.Skip(1).Aggregate(sets[0], (any, set) => any.Union(set));

    private IQueryable<long> Node(RuleNode node) => node switch
    {
        RuleGroup group => Group(group),
        TraitCondition trait => Trait(trait),
        EventCondition e => _events.Performed(e, Living),
        ComputedCondition c => _events.Computed(c, Living),
        CrmCondition c => _crm.Matching(c, Living),
        MembershipCondition m => Membership(m),
        ConsentCondition c => _consent.Matching(c, Living),
        _ => throw new ArgumentException($"Unknown rule node {node.GetType().Name}."),
    };

    private IQueryable<long> Trait(TraitCondition condition)
    {
        var key = condition.Trait;
        // A trait's value is one JSON scalar; wrapped in an array it is a document both providers' JSON functions read.
        return Sets.Matching(db.ProfileTraits.Where(t => t.Key == key), t => t.ProfileId,
            t => JsonSql.Text("[" + t.Value + "]", "$[0]"), t => JsonSql.Number("[" + t.Value + "]", "$[0]"),
            ScalarTests.Of(condition.Test, now, db.Provider), Living);
    }

    private IQueryable<long> Membership(MembershipCondition condition)
    {
        var segmentId = condition.SegmentId;
        var members = db.SegmentMembers.Where(m => m.SegmentId == segmentId).Select(m => m.ProfileId);
        return condition.Member ? members : Living.Except(members);
    }
}
