using Lodestar.Domain;
using Lodestar.Domain.Data;
using Lodestar.Domain.Sources;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lodestar.Benchmarks;

/// <summary>Fresh embedded databases migrated like the portal does, and the read-only queries the benchmarks check.</summary>
public static class BenchDatabase
{
    public static string ConnectionString(string file) => $"Data Source={file}";

    /// <summary>Creates and migrates the database (DatabaseInitializer, as on portal start) with one source.</summary>
    /// <returns>The id of the source to stamp events with.</returns>
    public static async Task<int> CreateAsync(string file, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Portal"] = ConnectionString(file) })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddDomain(configuration, Path.GetDirectoryName(file)!);
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
        var source = await provider.GetRequiredService<SourceService>().EnsureAsync("Benchmark", cancellationToken);
        return source.Id;
    }

    public static async Task<long> CountEventsAsync(string file)
    {
        await using var connection = await OpenReadOnlyAsync(file);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Events";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The newest run of a job: (State, StartedAt, FinishedAt, Error); null while none is recorded yet.</summary>
    public static async Task<JobRunRow?> LatestJobRunAsync(string file, string name)
    {
        if (!File.Exists(file))
            return null;
        try
        {
            await using var connection = await OpenReadOnlyAsync(file);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT State, StartedAt, FinishedAt, Error, Message FROM JobRuns WHERE Name = $name ORDER BY Id DESC LIMIT 1";
            command.Parameters.AddWithValue("$name", name);
            await using var reader = await command.ExecuteReaderAsync();
            if (!await reader.ReadAsync())
                return null;
            return new JobRunRow(reader.GetString(0),
                reader.IsDBNull(1) ? null : DateTime.SpecifyKind(reader.GetDateTime(1), DateTimeKind.Utc),
                reader.IsDBNull(2) ? null : DateTime.SpecifyKind(reader.GetDateTime(2), DateTimeKind.Utc),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4));
        }
        catch (SqliteException)
        {
            // Not migrated yet, or busy: ask again on the next poll.
            return null;
        }
    }

    /// <summary>Size of the database file and of its WAL, in MB.</summary>
    public static string Size(string file) =>
        $"{Length(file) / 1e6:N0} MB + WAL {Length(file + "-wal") / 1e6:N0} MB";

    private static long Length(string file) => File.Exists(file) ? new FileInfo(file).Length : 0;

    private static async Task<SqliteConnection> OpenReadOnlyAsync(string file)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = file,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        await connection.OpenAsync();
        return connection;
    }
}
