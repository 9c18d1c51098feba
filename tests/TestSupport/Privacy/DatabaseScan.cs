using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Lodestar.Testing.Privacy;

/// <summary>
/// Reads every row of every table of a SQLite database (the schema's own list, not the EF model, so a table added
/// without a thought for erasure is read too) and reports where given texts or ids still occur: what an erasure test
/// asserts is empty.
/// </summary>
public static class DatabaseScan
{
    /// <summary>Where any text occurs in any text column (case-insensitive), as "Table.Column contains 'text'".</summary>
    public static async Task<List<string>> FindTextsAsync(string databaseFile, IReadOnlyCollection<string> texts, CancellationToken cancellationToken)
    {
        var found = new List<string>();
        await ScanAsync(databaseFile, (table, column, value) =>
        {
            if (value is not string text)
                return;
            foreach (var needle in texts)
            {
                if (text.Contains(needle, StringComparison.OrdinalIgnoreCase))
                    found.Add($"{table}.{column} contains '{needle}': {Shorten(text)}");
            }
        }, cancellationToken);
        return found;
    }

    /// <summary>Where any of the ids is the value of a column whose name ends in the given suffix (e.g. <c>ProfileId</c>), as "Table.Column = id".</summary>
    public static async Task<List<string>> FindIdsAsync(string databaseFile, string columnSuffix, IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        var found = new List<string>();
        var wanted = ids.ToHashSet();
        await ScanAsync(databaseFile, (table, column, value) =>
        {
            if (column.EndsWith(columnSuffix, StringComparison.OrdinalIgnoreCase) && value is long id && wanted.Contains(id))
                found.Add($"{table}.{column} = {id.ToString(CultureInfo.InvariantCulture)}");
        }, cancellationToken);
        return found;
    }

    public static async Task<List<string>> TablesAsync(string databaseFile, CancellationToken cancellationToken)
    {
        await using var connection = Open(databaseFile);
        await connection.OpenAsync(cancellationToken);
        return await ReadTablesAsync(connection, cancellationToken);
    }

    private static async Task ScanAsync(string databaseFile, Action<string, string, object> visit, CancellationToken cancellationToken)
    {
        await using var connection = Open(databaseFile);
        await connection.OpenAsync(cancellationToken);
        foreach (var table in await ReadTablesAsync(connection, cancellationToken))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (!reader.IsDBNull(i))
                        visit(table, reader.GetName(i), reader.GetValue(i));
                }
            }
        }
    }

    private static async Task<List<string>> ReadTablesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            tables.Add(reader.GetString(0));
        return tables;
    }

    private static SqliteConnection Open(string databaseFile) =>
        new(new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());

    private static string Shorten(string text) => text.Length > 200 ? text[..200] + "…" : text;
}
