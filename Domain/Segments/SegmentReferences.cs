using Lodestar.Domain.Data;
using Lodestar.Domain.Segments.Rules;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Segments;

/// <summary>
/// Checks what a rule refers to in the database: segments named by membership conditions exist and do not lead back
/// to the segment being saved, deal stages exist.
/// </summary>
internal static class SegmentReferences
{
    public static async Task CheckAsync(PortalDbContext db, RuleGroup rule, long? savingId, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var definitions = await db.Segments.AsNoTracking().Select(s => new { s.Id, s.Definition }).ToDictionaryAsync(s => s.Id, s => s.Definition, cancellationToken);
        var stages = await db.PipelineStages.AsNoTracking().Select(s => s.Id).ToListAsync(cancellationToken);
        foreach (var (node, key, label) in RuleWalk.Conditions(rule))
        {
            if (node is MembershipCondition m)
            {
                if (!definitions.ContainsKey(m.SegmentId))
                    errors[key + ".segmentId"] = [$"Condition {label} (segment {m.SegmentId}): there is no such segment."];
                else if (savingId is { } self && (m.SegmentId == self || Reaches(m.SegmentId, self, definitions, [])))
                    errors[key + ".segmentId"] = [$"Condition {label} (segment {m.SegmentId}): that segment depends on this one; a segment cannot contain itself."];
            }
            else if (node is CrmCondition { Field: CrmField.DealStage, StageId: { } stage } && !stages.Contains(stage))
                errors[key + ".stageId"] = [$"Condition {label} (CRM deal stage): there is no deal stage {stage}."];
        }

        if (errors.Count > 0)
            throw new DomainValidationException(errors);
    }

    private static bool Reaches(long from, long target, IReadOnlyDictionary<long, string?> definitions, HashSet<long> seen)
    {
        if (!seen.Add(from) || definitions.GetValueOrDefault(from) is not { } json)
            return false;
        return RuleWalk.Conditions(SegmentRuleJson.Parse(json)).Select(c => c.Node).OfType<MembershipCondition>()
            .Any(m => m.SegmentId == target || Reaches(m.SegmentId, target, definitions, seen));
    }
}
