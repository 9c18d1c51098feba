using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Data;

/// <summary>
/// Connection settings (pragmas) for one piece of work on a pooled SQLite connection, put back when it is disposed:
/// the pool hands the connection to others afterwards. Restoring <c>busy_timeout</c> also removes a busy handler the
/// work installed (<see cref="SqliteWriterBusyHandler"/>): SQLite keeps one per connection. Does nothing on SQL Server.
/// </summary>
internal sealed class SqlitePragmaScope : IAsyncDisposable
{
    private readonly PortalDbContext? _db;
    private readonly (string Name, long Value)[] _before;

    private SqlitePragmaScope(PortalDbContext? db, (string Name, long Value)[] before) => (_db, _before) = (db, before);

    /// <summary>Opens the context's connection (it stays open for the work) and sets <paramref name="pragmas"/> on it.</summary>
    public static async Task<SqlitePragmaScope> SetAsync(PortalDbContext db, IReadOnlyList<(string Name, long Value)> pragmas, CancellationToken cancellationToken)
    {
        if (db.Provider != DatabaseProvider.Sqlite)
            return new SqlitePragmaScope(null, []);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var before = new (string Name, long Value)[pragmas.Count];
        for (var i = 0; i < pragmas.Count; i++)
            before[i] = (pragmas[i].Name, await ScalarAsync(db, $"PRAGMA {pragmas[i].Name};", cancellationToken));
        await ScalarAsync(db, Statements(pragmas), cancellationToken);
        return new SqlitePragmaScope(db, before);
    }

    public async ValueTask DisposeAsync()
    {
        if (_db is not null)
            await ScalarAsync(_db, Statements(_before), CancellationToken.None);
    }

    // Numbers only, formatted here: PRAGMA takes no parameters.
    private static string Statements(IEnumerable<(string Name, long Value)> pragmas) =>
        string.Concat(pragmas.Select(p => string.Create(CultureInfo.InvariantCulture, $"PRAGMA {p.Name} = {p.Value}; ")));

    private static async Task<long> ScalarAsync(PortalDbContext db, string sql, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken) ?? 0L, CultureInfo.InvariantCulture);
    }
}
