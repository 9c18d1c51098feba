using Lodestar.Domain.Segments.Rules;

namespace Lodestar.Domain.Segments.Evaluation;

/// <summary>Consent conditions in memory, as <see cref="Queries.SegmentQueryCompiler"/> compiles them.</summary>
internal sealed class ConsentEvaluator(IReadOnlyList<ConsentFact> consents, HashSet<long> living)
{
    public HashSet<long> Matching(ConsentCondition condition)
    {
        var granted = consents.Where(c => c.Category == condition.Category)
            .GroupBy(c => c.ProfileId)
            .Where(g => g.MaxBy(c => (c.OccurredAt, c.Id))!.Granted)
            .Select(g => g.Key)
            .ToHashSet();
        if (condition.Granted)
            granted.IntersectWith(living);
        else
            granted = living.Where(id => !granted.Contains(id)).ToHashSet();
        return granted;
    }
}
