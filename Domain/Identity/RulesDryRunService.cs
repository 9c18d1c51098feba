using System.Diagnostics;
using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Identity;

/// <summary>Resolves every stored event with rules an admin is editing and says what would change; writes nothing.</summary>
public sealed class RulesDryRunService(IDbContextFactory<PortalDbContext> contexts, IdentityResolutionService resolution)
{
    /// <exception cref="DomainValidationException">The rules are not usable.</exception>
    public async Task<RulesDryRun> RunAsync(IdentityRules candidate, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var rules = IdentityRulesValidator.Normalize(candidate);
        var (graph, events) = await resolution.PreviewAsync(rules, cancellationToken);
        await using var db = contexts.CreateDbContext();
        var today = (await db.ProfileIdentifiers.AsNoTracking().Select(i => new { i.Type, i.Value, i.ProfileId }).ToListAsync(cancellationToken))
            .Select(i => (new IdentifierKey(i.Type, i.Value), i.ProfileId)).ToList();
        return RulesDryRunCalculator.Compare(today, graph, events) with { Elapsed = clock.Elapsed };
    }

    /// <summary>The names lists show for the profiles a dry run mentions.</summary>
    public async Task<Dictionary<long, string?>> NamesAsync(IEnumerable<long> profileIds, CancellationToken cancellationToken)
    {
        var ids = profileIds.Distinct().ToList();
        await using var db = contexts.CreateDbContext();
        return await db.Profiles.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, cancellationToken);
    }
}
