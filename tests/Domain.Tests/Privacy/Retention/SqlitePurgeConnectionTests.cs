using Lodestar.Domain.Data;
using Lodestar.Domain.Privacy.Retention;
using Lodestar.Testing;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Privacy.Retention;

public sealed class SqlitePurgeConnectionTests
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    // The event stream forwarder reads the database as it starts; a read that overlaps a checkpoint keeps the pages
    // written after its snapshot in the log, which is what these tests look at.
    private static Task<DomainTestHost> StartAsync() =>
        DomainTestHost.StartAsync(new Dictionary<string, string?> { ["Destinations:EventStream:Enabled"] = "false" });

    [Fact]
    public async Task OpenAsync_ThenDispose_PurgeSettingsWhileOpenTheConnectionsOwnAfter()
    {
        await using var host = await StartAsync();
        await using var db = host.CreateDbContext();
        await db.Database.OpenConnectionAsync(Ct);
        var before = await SettingsAsync(db);

        var purge = await SqlitePurgeConnection.OpenAsync(db, Ct);
        var during = await SettingsAsync(db);
        await purge.DisposeAsync();

        // busy_timeout reads 0 while the purge's own busy handler (a retry every millisecond) replaces SQLite's timed one.
        Assert.Equal((0L, -65_536L, 1L, 0L, -1L), during);
        Assert.Equal(before, await SettingsAsync(db));
        Assert.NotEqual(before, during);
    }

    [Fact]
    public async Task RestAsync_LogWhollyCopiedBack_NextTransactionStartsTheLogAgainInTheSameFile()
    {
        await using var host = await StartAsync();
        await using var db = host.CreateDbContext();
        await using var purge = await SqlitePurgeConnection.OpenAsync(db, 10, Ct);
        await ScalarAsync(db, "CREATE TABLE pages (b BLOB);");
        await WritePagesAsync(db, 50);

        await purge.RestAsync(NoRest(), 1, TimeSpan.Zero, Ct);
        await WritePagesAsync(db, 1);

        // The page written after the rest is at the log's beginning (a frame or two), and the file is not cut: it still
        // has room for the 50 pages written before.
        Assert.InRange(await SqlitePurgeConnection.CheckpointAsync(db, Ct), 1, 3);
        Assert.True(new FileInfo(host.Folder.File("portal.db-wal")).Length >= 50 * 4096);
        Assert.Equal(51, await ScalarAsync(db, "SELECT COUNT(*) FROM pages"));
    }

    [Fact]
    public async Task RestAsync_AfterATransaction_EverythingInTheLogCopiedBack()
    {
        await using var host = await StartAsync();
        await using var db = host.CreateDbContext();
        await using var purge = await SqlitePurgeConnection.OpenAsync(db, Ct);
        await ScalarAsync(db, "CREATE TABLE pages (b BLOB);");
        await purge.RestAsync(NoRest(), 1, TimeSpan.Zero, Ct);
        var database = new FileInfo(host.Folder.File("portal.db"));
        var before = database.Length;
        await WritePagesAsync(db, 50);

        await purge.RestAsync(NoRest(), 1, TimeSpan.Zero, Ct);

        // Only a checkpoint moves pages from the log into the database file.
        database.Refresh();
        Assert.True(database.Length - before >= 50 * 4096, $"database file grew by {database.Length - before:N0} bytes");
    }

    private static RetentionPurge NoRest() =>
        new(DateTime.UtcNow, new RetentionBatchSizeCalculator(100, TimeSpan.FromSeconds(1)), TimeSpan.Zero, (_, _, _) => Task.CompletedTask);

    /// <summary>About one log frame per row: rows of 4,000 random bytes.</summary>
    private static Task<long> WritePagesAsync(PortalDbContext db, int rows) => ScalarAsync(db,
        $"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {rows}) INSERT INTO pages SELECT randomblob(4000) FROM n;");

    private static async Task<(long BusyTimeout, long CacheSize, long Synchronous, long AutoCheckpoint, long LogLimit)> SettingsAsync(PortalDbContext db) =>
        (await PragmaAsync(db, "busy_timeout"), await PragmaAsync(db, "cache_size"), await PragmaAsync(db, "synchronous"),
            await PragmaAsync(db, "wal_autocheckpoint"), await PragmaAsync(db, "journal_size_limit"));

    private static Task<long> PragmaAsync(PortalDbContext db, string name) => ScalarAsync(db, $"PRAGMA {name};");

    private static async Task<long> ScalarAsync(PortalDbContext db, string sql)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(Ct) ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }
}
