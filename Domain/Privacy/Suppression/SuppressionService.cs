using Lodestar.Domain.Data;
using Lodestar.Domain.Identity;
using Lodestar.Domain.Privacy.Subjects;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Privacy.Suppression;

/// <summary>
/// The suppression list: identifiers of erased people whose later messages ingestion drops. Kept in memory for the
/// tracking API's hot path (<see cref="CurrentAsync"/>): replaced as soon as this node changes the list, and reloaded
/// every 30 seconds for changes made on other nodes.
/// </summary>
public sealed class SuppressionService(IDbContextFactory<PortalDbContext> contexts, IdentityRulesService rules, TimeProvider time)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _reload = new(1, 1);
    private volatile Snapshot? _snapshot;

    /// <summary>The list ingestion checks now; a database read at most every 30 seconds.</summary>
    public async ValueTask<SuppressionSnapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        if (snapshot is not null && time.GetUtcNow() - snapshot.LoadedAt <= MaxAge)
            return snapshot.List;
        return await LoadAsync(snapshot, cancellationToken);
    }

    /// <summary>Reads the list again now (after this node changed it).</summary>
    public async Task<SuppressionSnapshot> ReloadAsync(CancellationToken cancellationToken) => await LoadAsync(_snapshot, cancellationToken, force: true);

    /// <summary>
    /// Stages the identifiers that are not on the list yet, in the caller's context and transaction; call
    /// <see cref="ReloadAsync"/> once it has committed.
    /// </summary>
    /// <returns>The identifiers that were new to the list.</returns>
    public static async Task<IReadOnlyList<IdentifierKey>> StageAsync(PortalDbContext db, IEnumerable<IdentifierKey> keys, long? deletionRequestId,
        string by, DateTime now, CancellationToken cancellationToken)
    {
        var wanted = keys.Distinct().Select(k => (Key: k, Hash: SuppressionHasher.Hex(k))).ToList();
        var hashes = wanted.Select(w => w.Hash).ToList();
        var existing = (await db.SuppressedIdentifiers.Where(s => hashes.Contains(s.ValueHash))
            .Select(s => new { s.IdentifierType, s.ValueHash }).ToListAsync(cancellationToken))
            .Select(s => (s.IdentifierType, s.ValueHash)).ToHashSet();
        var added = new List<IdentifierKey>();
        foreach (var (key, hash) in wanted.Where(w => !existing.Contains((w.Key.Type, w.Hash))))
        {
            db.SuppressedIdentifiers.Add(new SuppressedIdentifier
            {
                IdentifierType = key.Type, ValueHash = hash, Hint = IdentifierMasker.Mask(key), DeletionRequestId = deletionRequestId,
                CreatedAt = now, CreatedBy = by,
            });
            added.Add(key);
        }

        return added;
    }

    /// <summary>The list, newest first, with how many messages were dropped in all and today.</summary>
    /// <exception cref="DomainValidationException">Paging is out of bounds.</exception>
    public async Task<SuppressionPage> ListAsync(int offset, int limit, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (offset < 0)
            errors["offset"] = ["Use 0 or more."];
        if (limit is < 1 or > 500)
            errors["limit"] = ["Use 1 to 500."];
        if (errors.Count > 0)
            throw new DomainValidationException(errors);
        await using var db = contexts.CreateDbContext();
        var total = await db.SuppressedIdentifiers.CountAsync(cancellationToken);
        var items = await db.SuppressedIdentifiers.AsNoTracking().OrderByDescending(s => s.Id).Skip(offset).Take(limit)
            .Select(s => new SuppressionEntry(s.Id, s.IdentifierType, s.Hint, s.DeletionRequestId, s.CreatedAt, s.CreatedBy))
            .ToListAsync(cancellationToken);
        var today = time.GetUtcNow().UtcDateTime.Date;
        var dropped = await db.SuppressedMessageDailyCounts.SumAsync(c => (long?)c.Count, cancellationToken) ?? 0;
        var droppedToday = await db.SuppressedMessageDailyCounts.Where(c => c.Day == today).Select(c => (long?)c.Count)
            .FirstOrDefaultAsync(cancellationToken) ?? 0;
        return new SuppressionPage(items, total, dropped, droppedToday);
    }

    /// <summary>Takes an identifier off the list: its messages are accepted again from now on (on this node at once, elsewhere within 30 s).</summary>
    /// <exception cref="NotFoundException">There is no such entry.</exception>
    public async Task<SuppressionEntry> RemoveAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var entry = await db.SuppressedIdentifiers.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken)
                    ?? throw new NotFoundException($"There is no suppressed identifier with id {id}.");
        await db.SuppressedIdentifiers.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken);
        await ReloadAsync(CancellationToken.None);
        return new SuppressionEntry(entry.Id, entry.IdentifierType, entry.Hint, entry.DeletionRequestId, entry.CreatedAt, entry.CreatedBy);
    }

    private async Task<SuppressionSnapshot> LoadAsync(Snapshot? seen, CancellationToken cancellationToken, bool force = false)
    {
        await _reload.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have reloaded while this one waited.
            if (!force && !ReferenceEquals(_snapshot, seen))
                return _snapshot!.List;
            await using var db = contexts.CreateDbContext();
            var entries = await db.SuppressedIdentifiers.AsNoTracking().Select(s => new { s.IdentifierType, s.ValueHash }).ToListAsync(cancellationToken);
            var list = entries.Count == 0
                ? SuppressionSnapshot.Empty
                : new SuppressionSnapshot(entries.Select(e => (e.IdentifierType, e.ValueHash)), await rules.GetAsync(cancellationToken));
            _snapshot = new Snapshot(list, time.GetUtcNow());
            return list;
        }
        finally
        {
            _reload.Release();
        }
    }

    private sealed record Snapshot(SuppressionSnapshot List, DateTimeOffset LoadedAt);
}
