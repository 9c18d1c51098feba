using Microsoft.Data.Sqlite;

namespace Lodestar.Benchmarks;

/// <summary>Row counts of the derived identity tables: an incremental state and a rebuild must agree on them.</summary>
public sealed record IdentityCounts(long Profiles, long Living, long Identifiers, long EventProfiles, long Merges, long Traits, long Conflicts)
{
    /// <summary>The four figures the brief compares (Profiles, ProfileIdentifiers, EventProfiles, ProfileMerges).</summary>
    public bool SameAs(IdentityCounts other) =>
        Profiles == other.Profiles && Identifiers == other.Identifiers && EventProfiles == other.EventProfiles && Merges == other.Merges;

    public override string ToString() =>
        $"Profiles {Profiles:N0} ({Living:N0} living), ProfileIdentifiers {Identifiers:N0}, EventProfiles {EventProfiles:N0}, " +
        $"ProfileMerges {Merges:N0}, ProfileTraits {Traits:N0}, IdentityConflicts {Conflicts:N0}";
}

/// <summary>Direct reads of the identity tables, for counts and for picking sample profiles and identifiers.</summary>
public static class IdentityR1Data
{
    public static async Task<IdentityCounts> CountsAsync(string file)
    {
        await using var connection = await OpenAsync(file);
        return new IdentityCounts(
            await ScalarAsync(connection, "SELECT COUNT(*) FROM Profiles"),
            await ScalarAsync(connection, "SELECT COUNT(*) FROM Profiles WHERE MergedIntoId IS NULL"),
            await ScalarAsync(connection, "SELECT COUNT(*) FROM ProfileIdentifiers"),
            await ScalarAsync(connection, "SELECT COUNT(*) FROM EventProfiles"),
            await ScalarAsync(connection, "SELECT COUNT(*) FROM ProfileMerges"),
            await ScalarAsync(connection, "SELECT COUNT(*) FROM ProfileTraits"),
            await ScalarAsync(connection, "SELECT COUNT(*) FROM IdentityConflicts"));
    }

    /// <summary>Every user_id, email and anonymous_id with its profile, in a stable order.</summary>
    public static async Task<List<(string Type, string Value, long ProfileId)>> IdentifiersAsync(string file)
    {
        await using var connection = await OpenAsync(file);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT Type, Value, ProfileId FROM ProfileIdentifiers
            WHERE Type IN ('user_id', 'email', 'anonymous_id') ORDER BY Type, Value
            """;
        var rows = new List<(string, string, long)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
        return rows;
    }

    /// <summary>Living profiles (id order) with their display names.</summary>
    public static async Task<List<(long Id, string? Name)>> LivingProfilesAsync(string file)
    {
        await using var connection = await OpenAsync(file);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id, DisplayName FROM Profiles WHERE MergedIntoId IS NULL ORDER BY Id";
        var rows = new List<(long, string?)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add((reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
        return rows;
    }

    /// <summary>Copies an R1 database (and its WAL, if any) so that the original stays reusable.</summary>
    public static void Copy(string from, string to)
    {
        File.Copy(from, to, overwrite: true);
        foreach (var suffix in new[] { "-wal", "-shm" })
        {
            if (File.Exists(from + suffix))
                File.Copy(from + suffix, to + suffix, overwrite: true);
            else if (File.Exists(to + suffix))
                File.Delete(to + suffix);
        }
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<SqliteConnection> OpenAsync(string file)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }
}
