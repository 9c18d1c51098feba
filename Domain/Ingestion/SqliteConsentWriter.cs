using System.Globalization;
using System.Text.Json;
using Lodestar.Domain.Events;
using Lodestar.Domain.Privacy;
using Microsoft.Data.Sqlite;

namespace Lodestar.Domain.Ingestion;

/// <summary>
/// The embedded store's consent path: one statement per write batch, whatever its size. The candidates travel as one
/// JSON array; a key's first candidate is kept only when it differs from the latest stored change for that key.
/// </summary>
internal sealed class SqliteConsentWriter(SqliteConnection connection) : IDisposable
{
    private const string Insert = """
        INSERT INTO "ConsentChanges" ("IdentifierType", "IdentifierValue", "Category", "Granted", "OccurredAt", "Source", "Reference")
        SELECT json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]'), json_extract(j.value, '$[2]'),
            json_extract(j.value, '$[3]'), json_extract(j.value, '$[4]'), 'Tracking', json_extract(j.value, '$[6]')
        FROM json_each($rows) AS j
        WHERE json_extract(j.value, '$[5]') = 0
            OR COALESCE((SELECT c."Granted" FROM "ConsentChanges" AS c
                WHERE c."IdentifierType" = json_extract(j.value, '$[0]') AND c."IdentifierValue" = json_extract(j.value, '$[1]')
                    AND c."Category" = json_extract(j.value, '$[2]')
                ORDER BY c."OccurredAt" DESC, c."Id" DESC LIMIT 1), -1) <> json_extract(j.value, '$[3]')
        ORDER BY j.key
        """;

    private readonly SqliteCommand _insert = Create(connection);

    public void Write(IReadOnlyList<TrackedEvent> events, bool[] inserted, SqliteTransaction transaction)
    {
        var candidates = TrackingConsent.Candidates(events, inserted);
        if (candidates.Count == 0)
            return;
        var rows = candidates.Select(c => new object?[]
        {
            c.Change.IdentifierType, c.Change.IdentifierValue, c.Change.Category, c.Change.Granted,
            // The text Microsoft.Data.Sqlite writes for a DateTime, so that ordering by OccurredAt compares like with like.
            c.Change.OccurredAt.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture), c.First, c.Change.Reference,
        });
        _insert.Transaction = transaction;
        _insert.Parameters[0].Value = JsonSerializer.Serialize(rows);
        _insert.ExecuteNonQuery();
    }

    private static SqliteCommand Create(SqliteConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = Insert;
        command.Parameters.Add(new SqliteParameter("$rows", null));
        return command;
    }

    public void Dispose() => _insert.Dispose();
}
