using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Data;

/// <summary>
/// A small bookkeeping transaction that runs beside live ingestion on SQLite and must hold the single write lock as
/// briefly as it can, because every ingestion commit waits for it. SQLite itself waits for the lock (a few ms) instead
/// of Microsoft.Data.Sqlite's fixed 150 ms sleep after a busy answer, and the commit does not wait for the disk
/// (<c>synchronous=NORMAL</c>, safe in WAL mode: the write can be undone by a power cut, never torn, and the next
/// ingestion commit syncs the log up to and including it). Disposing puts the pooled connection's settings back.
/// Does nothing on SQL Server.
/// </summary>
internal sealed class SqliteBriefWrite : IAsyncDisposable
{
    private readonly PortalDbContext? _db;
    private readonly long _busyTimeout;
    private readonly long _synchronous;

    private SqliteBriefWrite(PortalDbContext? db, long busyTimeout, long synchronous) =>
        (_db, _busyTimeout, _synchronous) = (db, busyTimeout, synchronous);

    public static async Task<SqliteBriefWrite> EnterAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        if (db.Provider != DatabaseProvider.Sqlite)
            return new SqliteBriefWrite(null, 0, 0);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var busyTimeout = await ScalarAsync(db, "PRAGMA busy_timeout;", cancellationToken);
        var synchronous = await ScalarAsync(db, "PRAGMA synchronous;", cancellationToken);
        await ScalarAsync(db, "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;", cancellationToken);
        return new SqliteBriefWrite(db, busyTimeout, synchronous);
    }

    public async ValueTask DisposeAsync()
    {
        if (_db is null)
            return;
        // Numbers SQLite reported (PRAGMA takes no parameters).
        await ScalarAsync(_db, string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {_busyTimeout}; PRAGMA synchronous = {_synchronous};"),
            CancellationToken.None);
    }

    private static async Task<long> ScalarAsync(PortalDbContext db, string sql, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken) ?? 0L, CultureInfo.InvariantCulture);
    }
}
