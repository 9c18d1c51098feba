using System.Globalization;
using Lodestar.Domain.Data;
using Lodestar.Testing;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Data;

public sealed class SqliteBriefWriteTests
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task EnterAsync_SqliteConnection_WaitsForTheLockAndCommitsWithoutSyncingUntilDisposed()
    {
        await using var host = await DomainTestHost.StartAsync();
        await using var db = host.CreateDbContext();
        await db.Database.OpenConnectionAsync(Ct);
        var before = (await PragmaAsync(db, "busy_timeout"), await PragmaAsync(db, "synchronous"));

        await using (await SqliteBriefWrite.EnterAsync(db, Ct))
            Assert.Equal((30000L, 1L), (await PragmaAsync(db, "busy_timeout"), await PragmaAsync(db, "synchronous")));

        // The pool hands the connection to others afterwards: they get its own settings back.
        Assert.Equal(before, (await PragmaAsync(db, "busy_timeout"), await PragmaAsync(db, "synchronous")));
        Assert.NotEqual(1L, before.Item2);
    }

    private static async Task<long> PragmaAsync(PortalDbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return Convert.ToInt64(await command.ExecuteScalarAsync(Ct), CultureInfo.InvariantCulture);
    }
}
