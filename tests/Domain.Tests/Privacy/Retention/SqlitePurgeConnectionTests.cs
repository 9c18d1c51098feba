using Lodestar.Domain.Data;
using Lodestar.Domain.Privacy.Retention;
using Lodestar.Testing;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Privacy.Retention;

public sealed class SqlitePurgeConnectionTests
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task OpenAsync_ThenDispose_PurgeSettingsWhileOpenTheConnectionsOwnAfter()
    {
        await using var host = await DomainTestHost.StartAsync();
        await using var db = host.CreateDbContext();
        await db.Database.OpenConnectionAsync(Ct);
        var before = await SettingsAsync(db);

        var purge = await SqlitePurgeConnection.OpenAsync(db, Ct);
        var during = await SettingsAsync(db);
        await purge.DisposeAsync();

        Assert.Equal((30_000L, -65_536L, 1L, 0L), during);
        Assert.Equal(before, await SettingsAsync(db));
        Assert.NotEqual(before, during);
    }

    private static async Task<(long BusyTimeout, long CacheSize, long Synchronous, long AutoCheckpoint)> SettingsAsync(PortalDbContext db) =>
        (await PragmaAsync(db, "busy_timeout"), await PragmaAsync(db, "cache_size"), await PragmaAsync(db, "synchronous"),
            await PragmaAsync(db, "wal_autocheckpoint"));

    private static async Task<long> PragmaAsync(PortalDbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return Convert.ToInt64(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
