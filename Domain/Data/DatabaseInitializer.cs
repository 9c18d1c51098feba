using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lodestar.Domain.Data;

/// <summary>Brings the database to the current schema on start (each provider with its own migration set).</summary>
public sealed class DatabaseInitializer(IDbContextFactory<PortalDbContext> contexts, IOptions<DatabaseOptions> options)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Provider == DatabaseProvider.Sqlite)
            EnsureSqliteFolder(options.Value.ConnectionString);
        await using var db = contexts.CreateDbContext();
        await db.Database.MigrateAsync(cancellationToken);
        if (options.Value.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers work while the event writer commits; the mode is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:")
            return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);
    }
}
