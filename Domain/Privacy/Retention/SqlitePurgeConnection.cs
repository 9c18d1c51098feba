using System.Diagnostics;
using Lodestar.Domain.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Privacy.Retention;

/// <summary>
/// A purge's connection on SQLite, set up so that each purge transaction holds the write lock as briefly as it can:
/// it waits for the lock by trying every millisecond (<see cref="SqliteWriterBusyHandler"/>) instead of
/// Microsoft.Data.Sqlite's fixed 150 ms sleep after each busy answer; the page cache is as large as the event
/// writer's, so index pages are read once; commits do not wait for the disk (<c>synchronous=NORMAL</c>, safe in WAL
/// mode): a purge lost to a power cut is done again by the next run, and every ingestion commit still syncs the log up
/// to and including its own messages; and the purge copies its log pages back to the database itself, after each
/// transaction, while ingestion may write (a passive checkpoint), rather than within its commit or an ingestion
/// commit's, and tries to make the log start again from its beginning once it is past <see cref="LogLimitFrames"/>. The file
/// is reused, never cut (<c>journal_size_limit=-1</c>): SQLite cuts it within the first commit after the log starts
/// again, and on this file system (ext4 mounted with <c>discard</c>) freeing the blocks held that commit, and the write
/// lock, for 100 ms and more (measured). Disposing puts the connection's own settings back before the pool hands it to
/// someone else.
/// </summary>
internal sealed class SqlitePurgeConnection : IAsyncDisposable
{
    /// <summary>
    /// Log size (4 KB frames, so 64 MB) past which the purge makes the log start again from its beginning. Ingestion
    /// commits while each passive checkpoint runs, so the log is never wholly copied back when the next writer starts,
    /// and it grew by every purge transaction (to 5 GB for a million events, measured, kept on disk afterwards). The log
    /// starts again only when no ingestion commit falls between that checkpoint and the next write, so the file, never
    /// cut, still ends a purge of a million events at a few hundred MB (270–820 MB measured).
    /// </summary>
    public const long LogLimitFrames = 16_384;

    private readonly PortalDbContext? _db;
    private readonly SqlitePragmaScope _settings;
    private readonly long _logLimitFrames;

    private SqlitePurgeConnection(PortalDbContext? db, SqlitePragmaScope settings, long logLimitFrames) =>
        (_db, _settings, _logLimitFrames) = (db, settings, logLimitFrames);

    public static Task<SqlitePurgeConnection> OpenAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        OpenAsync(db, LogLimitFrames, cancellationToken);

    /// <param name="logLimitFrames">Log size past which the log starts again (<see cref="LogLimitFrames"/>).</param>
    public static async Task<SqlitePurgeConnection> OpenAsync(PortalDbContext db, long logLimitFrames, CancellationToken cancellationToken)
    {
        // busy_timeout is listed to be put back on disposal, which also removes the busy handler installed below.
        var settings = await SqlitePragmaScope.SetAsync(db,
            [("busy_timeout", 30_000), ("cache_size", -65_536), ("synchronous", 1), ("wal_autocheckpoint", 0), ("journal_size_limit", -1)],
            cancellationToken);
        if (db.Provider != DatabaseProvider.Sqlite)
            return new SqlitePurgeConnection(null, settings, logLimitFrames);
        SqliteWriterBusyHandler.Install((SqliteConnection)db.Database.GetDbConnection());
        return new SqlitePurgeConnection(db, settings, logLimitFrames);
    }

    /// <summary>
    /// After a transaction of <paramref name="rows"/> records that held the write lock for <paramref name="held"/>: the
    /// checkpoint, then the rest of the purge's pause (the checkpoint leaves the lock free, so it counts towards it).
    /// When the log has grown past its limit, a second checkpoint right before the next transaction copies back what
    /// ingestion wrote meanwhile: if nothing is written in between, the next writer starts the log again from its beginning.
    /// Unlike a restarting checkpoint, nobody waits for it (150 ms, measured).
    /// </summary>
    public async Task RestAsync(RetentionPurge purge, int rows, TimeSpan held, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var frames = _db is null ? -1 : await CheckpointAsync(_db, cancellationToken);
        await purge.RestAsync(rows, held, watch.Elapsed, cancellationToken);
        if (frames > _logLimitFrames)
            await CheckpointAsync(_db!, cancellationToken);
    }

    public ValueTask DisposeAsync() => _settings.DisposeAsync();

    /// <returns>The frames in the log (-1 when it is not a WAL).</returns>
    internal static async Task<long> CheckpointAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? reader.GetInt64(1) : -1;
    }
}
