using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Sources;

/// <summary>
/// Write key → source, cached for the tracking API's hot path. Reloaded when a source changes on this node, every
/// 30 seconds for changes made on other nodes, and at most once a second when an unknown key is presented.
/// </summary>
public sealed class SourceDirectory(IDbContextFactory<PortalDbContext> contexts, TimeProvider time)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MissReloadInterval = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _reload = new(1, 1);
    private volatile Snapshot _snapshot = new(new Dictionary<string, SourceEntry>(), DateTimeOffset.MinValue);

    public async ValueTask<SourceEntry?> FindAsync(string writeKey, CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        var age = time.GetUtcNow() - snapshot.LoadedAt;
        if (age > MaxAge)
            snapshot = await ReloadAsync(snapshot, cancellationToken);
        if (snapshot.ByKey.TryGetValue(writeKey, out var entry))
            return entry;
        if (time.GetUtcNow() - snapshot.LoadedAt > MissReloadInterval)
            snapshot = await ReloadAsync(snapshot, cancellationToken);
        return snapshot.ByKey.GetValueOrDefault(writeKey);
    }

    /// <summary>Forget the cache; the next lookup reads the database.</summary>
    public void Invalidate() => _snapshot = _snapshot with { LoadedAt = DateTimeOffset.MinValue };

    private async Task<Snapshot> ReloadAsync(Snapshot seen, CancellationToken cancellationToken)
    {
        await _reload.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have reloaded while this one waited.
            if (!ReferenceEquals(_snapshot, seen))
                return _snapshot;
            await using var db = contexts.CreateDbContext();
            var sources = await db.Sources.AsNoTracking()
                .Select(s => new { s.WriteKey, Entry = new SourceEntry(s.Id, s.Name, s.Enabled) })
                .ToListAsync(cancellationToken);
            var fresh = new Snapshot(sources.ToDictionary(s => s.WriteKey, s => s.Entry, StringComparer.Ordinal), time.GetUtcNow());
            _snapshot = fresh;
            return fresh;
        }
        finally
        {
            _reload.Release();
        }
    }

    private sealed record Snapshot(Dictionary<string, SourceEntry> ByKey, DateTimeOffset LoadedAt);
}
