using Lodestar.Domain.Data;
using Lodestar.Domain.Segments.Queries;
using Lodestar.Domain.Segments.Rules;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Segments;

/// <summary>Answers "how many people match this rule now" while a marketer edits it, and computes members for refreshes.</summary>
public sealed class SegmentPreviewService(IDbContextFactory<PortalDbContext> contexts, TimeProvider time)
{
    /// <exception cref="DomainValidationException">The rule is invalid; the errors name the wrong conditions.</exception>
    public async Task<SegmentPreview> PreviewAsync(RuleGroup rule, CancellationToken cancellationToken)
    {
        var members = await MembersAsync(rule, null, cancellationToken);
        var sample = members.Take(SegmentLimits.PreviewSample).ToList();
        await using var db = contexts.CreateDbContext();
        var names = await db.Profiles.AsNoTracking().Where(p => sample.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.DisplayName, cancellationToken);
        return new SegmentPreview(members.Count, sample.Select(id => new SegmentProfile(id, names.GetValueOrDefault(id), null)).ToList());
    }

    /// <summary>The living profiles matching the rule now, in id order (one SQL statement).</summary>
    public async Task<List<long>> MembersAsync(RuleGroup rule, long? savingId, CancellationToken cancellationToken)
    {
        SegmentRuleValidator.Check(rule);
        await using var db = contexts.CreateDbContext();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(5));
        await SegmentReferences.CheckAsync(db, rule, savingId, cancellationToken);
        var query = new SegmentQueryCompiler(db, time.GetUtcNow().UtcDateTime).Compile(rule);
        var ids = await query.ToListAsync(cancellationToken);
        ids.Sort();
        return ids;
    }
}
