using Lodestar.Domain.Data;
using Lodestar.Testing;
using Microsoft.EntityFrameworkCore;

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
