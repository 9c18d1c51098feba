namespace Lodestar.Domain.Data;

/// <summary>
/// A small bookkeeping transaction that runs beside live ingestion on SQLite and must hold the single write lock as
/// briefly as it can, because every ingestion commit waits for it. SQLite itself waits for the lock (a few ms) instead
/// of Microsoft.Data.Sqlite's fixed 150 ms sleep after a busy answer, and the commit does not wait for the disk
/// (<c>synchronous=NORMAL</c>, safe in WAL mode: the write can be undone by a power cut, never torn, and the next
/// ingestion commit syncs the log up to and including it). Disposing the scope puts the pooled connection's settings
/// back. Does nothing on SQL Server.
/// </summary>
internal static class SqliteBriefWrite
{
    public static Task<SqlitePragmaScope> EnterAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        SqlitePragmaScope.SetAsync(db, [("busy_timeout", 30_000), ("synchronous", 1)], cancellationToken);
}
