using Lodestar.Domain.Data;
using Lodestar.Domain.Economics.Results;
using Lodestar.Domain.Economics.Settings;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Economics;

/// <summary>The predicted-CLV model the last economics run used, from its snapshot; no event is read.</summary>
public sealed class ClvModelReader(IDbContextFactory<PortalDbContext> contexts, EconomicsSettingsService settingsService)
{
    public async Task<StoredClvModelRun> ReadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var snapshot = await db.EconomicsSnapshots.AsNoTracking().SingleOrDefaultAsync(s => s.Id == EconomicsSnapshot.CurrentId, cancellationToken);
        if (snapshot is null)
            return new StoredClvModelRun(null, (await settingsService.GetAsync(cancellationToken)).Currency, null);
        return new StoredClvModelRun(snapshot.ComputedAt, snapshot.Currency, StoredClvModel.Parse(snapshot.ClvModel));
    }
}

/// <summary>
/// The model of the last economics run: <paramref name="ComputedAt"/> null before the first run (and
/// <paramref name="Currency"/> then the workspace's), <paramref name="Model"/> null when that run had no purchases.
/// </summary>
public sealed record StoredClvModelRun(DateTime? ComputedAt, string Currency, StoredClvModel? Model);
