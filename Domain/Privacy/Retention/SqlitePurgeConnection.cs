using System.Diagnostics;
using System.Globalization;
using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Privacy.Retention;

/// <summary>
/// A purge's connection on SQLite, set up so that each purge transaction holds the write lock as briefly as it can:
/// SQLite itself waits for the lock (retries 1 ms to 100 ms apart) instead of Microsoft.Data.Sqlite's fixed 150 ms
/// sleep after each busy answer; the page cache is as large as the event writer's, so index pages are read once;
/// commits do not wait for the disk (<c>synchronous=NORMAL</c>, safe in WAL mode): a purge lost to a power cut is done
/// again by the next run, and every ingestion commit still syncs the log up to and including its own messages; and the
/// purge copies its log pages back to the database itself, after each transaction, while ingestion may write (a
/// passive checkpoint), rather than within its commit or an ingestion commit's. Disposing puts the connection's own
/// settings back before the pool hands it to someone else.
/// </summary>
internal sealed class SqlitePurgeConnection : IAsyncDisposable
{
    private static readonly string[] Pragmas = ["busy_timeout", "cache_size", "synchronous", "wal_autocheckpoint"];

    private readonly PortalDbContext? _db;
    private readonly long[] _before;

    private SqlitePurgeConnection(PortalDbContext? db, long[] before) => (_db, _before) = (db, before);

    public static async Task<SqlitePurgeConnection> OpenAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        if (db.Provider != DatabaseProvider.Sqlite)
            return new SqlitePurgeConnection(null, []);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var before = new long[Pragmas.Length];
        for (var i = 0; i < Pragmas.Length; i++)
            before[i] = Convert.ToInt64(await ScalarAsync(db, $"PRAGMA {Pragmas[i]};", cancellationToken), CultureInfo.InvariantCulture);
        await ScalarAsync(db, "PRAGMA busy_timeout = 30000; PRAGMA cache_size = -65536; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 0;", cancellationToken);
        return new SqlitePurgeConnection(db, before);
    }

    /// <summary>
    /// After a transaction of <paramref name="rows"/> records that held the write lock for <paramref name="held"/>: the
    /// checkpoint, then the rest of the purge's pause (the checkpoint leaves the lock free, so it counts towards it).
    /// </summary>
    public async Task RestAsync(RetentionPurge purge, int rows, TimeSpan held, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        if (_db is not null)
            await ScalarAsync(_db, "PRAGMA wal_checkpoint(PASSIVE);", cancellationToken);
        await purge.RestAsync(rows, held, watch.Elapsed, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_db is null)
            return;
        // Numbers SQLite reported (PRAGMA takes no parameters).
        await ScalarAsync(_db, string.Concat(Pragmas.Select((p, i) => string.Create(CultureInfo.InvariantCulture, $"PRAGMA {p} = {_before[i]}; "))),
            CancellationToken.None);
    }

    private static async Task<object?> ScalarAsync(PortalDbContext db, string sql, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
