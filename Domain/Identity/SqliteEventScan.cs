using System.Threading.Channels;
using Lodestar.Domain.Events;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Lodestar.Domain.Identity;

/// <summary>
/// A rebuild's read of every event on SQLite, through the native statement rather than the ADO.NET reader: at R1 the
/// reader's per-column work and one string per identifier occurrence cost more than SQLite's own scan. Identifiers
/// repeat on every event of a person, so they are decoded once and shared; the type comes back as its number.
/// </summary>
internal static class SqliteEventScan
{
    private static readonly string TypeCase = "CASE \"Type\" " + string.Join(' ',
        Enum.GetValues<MessageType>().Select(t => $"WHEN '{t}' THEN {(int)t}")) + " ELSE 0 END";

    public static async Task ProduceAsync(SqliteConnection connection, ChannelWriter<IdentityEvent[]> writer, long upToId,
        bool allRaw, int chunkSize, CancellationToken cancellationToken)
    {
        var sql = $"""
            SELECT "Id", "MessageId", {TypeCase}, "Timestamp", "UserId", "AnonymousId", "PreviousId", "Email", "Phone",
                   "DeviceId", "ExternalIds", CASE WHEN {(allRaw ? "1 = 1" : "\"Type\" = 'Identify'")} THEN "Raw" END
            FROM "Events" WHERE "Id" <= {upToId} ORDER BY "Id"
            """;
        Check(connection, raw.sqlite3_prepare_v2(connection.Handle, sql, out var statement));
        using (statement)
        {
            var identifiers = new Utf8Interner();
            var chunk = new List<IdentityEvent>(chunkSize);
            int step;
            while ((step = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                chunk.Add(Read(statement, identifiers));
                if (chunk.Count < chunkSize)
                    continue;
                await writer.WriteAsync([.. chunk], cancellationToken);
                chunk.Clear();
            }

            if (step != raw.SQLITE_DONE)
                Check(connection, step);
            if (chunk.Count > 0)
                await writer.WriteAsync([.. chunk], cancellationToken);
        }
    }

    private static IdentityEvent Read(sqlite3_stmt s, Utf8Interner identifiers)
    {
        var type = raw.sqlite3_column_int(s, 2);
        return new IdentityEvent(
            raw.sqlite3_column_int64(s, 0),
            Text(s, 1) ?? "",
            Enum.IsDefined((MessageType)type) ? (MessageType)type : throw new InvalidDataException($"Event {raw.sqlite3_column_int64(s, 0)} has an unknown type."),
            SqliteDateTimeText.Parse(raw.sqlite3_column_blob(s, 3)),
            Identifier(s, 4, identifiers), Identifier(s, 5, identifiers), Identifier(s, 6, identifiers),
            Identifier(s, 7, identifiers), Identifier(s, 8, identifiers), Identifier(s, 9, identifiers),
            Text(s, 10), Text(s, 11));
    }

    private static string? Identifier(sqlite3_stmt s, int column, Utf8Interner identifiers) =>
        raw.sqlite3_column_type(s, column) == raw.SQLITE_NULL ? null : identifiers.Get(raw.sqlite3_column_blob(s, column));

    private static string? Text(sqlite3_stmt s, int column) =>
        raw.sqlite3_column_type(s, column) == raw.SQLITE_NULL ? null : System.Text.Encoding.UTF8.GetString(raw.sqlite3_column_blob(s, column));

    private static void Check(SqliteConnection connection, int code)
    {
        if (code != raw.SQLITE_OK)
            throw new SqliteException($"SQLite error {code}: {raw.sqlite3_errmsg(connection.Handle).utf8_to_string()}", code);
    }
}
