using Lodestar.Domain.Data;
using Lodestar.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Lodestar.Domain.Tests.Data;

public sealed class MigrationsTests
{
    [Fact]
    public async Task Migrate_EmptySqliteDatabase_AppliesAllAndLeavesNoPendingModelChanges()
    {
        using var folder = new TempDirectory();
        var options = new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite($"Data Source={folder.File("m.db")}").Options;
        await using var db = new SqlitePortalDbContext(options);

        await db.Database.MigrateAsync(Xunit.TestContext.Current.CancellationToken);

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Xunit.TestContext.Current.CancellationToken));
        Assert.False(db.Database.HasPendingModelChanges(), "The SQLite model changed without a migration: run dotnet ef migrations add for both providers.");
        Assert.Equal(0, await db.Events.CountAsync(Xunit.TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Migrate_FoundationDatabaseWithEvents_BackfillsTheDailyCounts()
    {
        using var folder = new TempDirectory();
        var options = new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite($"Data Source={folder.File("old.db")}").Options;
        await using var db = new SqlitePortalDbContext(options);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(db.Database.GetMigrations().First(m => m.EndsWith("_Foundation")), cancellationToken: Xunit.TestContext.Current.CancellationToken);
        var day = new DateTime(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc);
        const string raw = "{}";
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO Events (MessageId, SourceId, Type, Timestamp, ReceivedAt, Raw) VALUES
              ('a', 1, 'Track', {day.AddHours(1)}, {day}, {raw}), ('b', 1, 'Track', {day.AddHours(23)}, {day}, {raw}),
              ('c', 1, 'Page', {day.AddHours(2)}, {day}, {raw}), ('d', 1, 'Track', {day.AddDays(1)}, {day}, {raw})
            """, Xunit.TestContext.Current.CancellationToken);

        await db.Database.MigrateAsync(Xunit.TestContext.Current.CancellationToken);

        var counts = await db.EventDailyCounts.OrderBy(c => c.Day).ThenBy(c => c.Type).ToListAsync(Xunit.TestContext.Current.CancellationToken);
        Assert.Equal([(day, "Page", 1L), (day, "Track", 2L), (day.AddDays(1), "Track", 1L)],
            counts.Select(c => (c.Day, c.Type.ToString(), c.Count)));
    }

    [Fact]
    public async Task Migrate_DatabaseWithEventProfiles_StoresThemWithoutRowidAndKeepsTheRows()
    {
        var ct = Xunit.TestContext.Current.CancellationToken;
        using var folder = new TempDirectory();
        var options = new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite($"Data Source={folder.File("ep.db")}").Options;
        await using var db = new SqlitePortalDbContext(options);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(db.Database.GetMigrations().First(m => m.EndsWith("_IdentityDecisions")), cancellationToken: ct);
        await db.Database.ExecuteSqlAsync($"INSERT INTO EventProfiles (ProfileId, EventId) VALUES (2, 10), (1, 11), (2, 12)", ct);

        await db.Database.MigrateAsync(ct);

        var table = await db.Database.SqlQuery<string>($"SELECT sql AS Value FROM sqlite_master WHERE name = 'EventProfiles'").SingleAsync(ct);
        Assert.EndsWith("WITHOUT ROWID", table.Trim());
        Assert.Equal([(1L, 11L), (2L, 10L), (2L, 12L)],
            (await db.EventProfiles.OrderBy(e => e.ProfileId).ThenBy(e => e.EventId).ToListAsync(ct)).Select(e => (e.ProfileId, e.EventId)));
    }

    [Fact]
    public void Model_SqlServerMigrations_HaveNoPendingModelChanges()
    {
        // Comparing the model with the migration snapshot needs no server.
        var options = new DbContextOptionsBuilder<SqlServerPortalDbContext>()
            .UseSqlServer("Server=unused;Database=unused;Trusted_Connection=True").Options;
        using var db = new SqlServerPortalDbContext(options);

        Assert.False(db.Database.HasPendingModelChanges(), "The SQL Server model changed without a migration: run dotnet ef migrations add for both providers.");
        Assert.Equal(db.Database.GetMigrations().Count(), new SqlitePortalDbContext(
            new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite("Data Source=:memory:").Options).Database.GetMigrations().Count());
    }

    [Fact(SkipUnless = nameof(DockerEngine.IsAvailable), SkipType = typeof(DockerEngine), Skip = "No Docker engine here: the SQL Server migration test needs Testcontainers.")]
    public async Task Migrate_EmptySqlServerDatabase_AppliesAllAndLeavesNoPendingModelChanges()
    {
        var cancellationToken = Xunit.TestContext.Current.CancellationToken;
        await using var container = SqlServerContainers.Create();
        await container.StartAsync(cancellationToken);
        var options = new DbContextOptionsBuilder<SqlServerPortalDbContext>().UseSqlServer(container.GetConnectionString()).Options;
        await using var db = new SqlServerPortalDbContext(options);

        await db.Database.MigrateAsync(cancellationToken);

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(cancellationToken));
        Assert.False(db.Database.HasPendingModelChanges());
    }
}
