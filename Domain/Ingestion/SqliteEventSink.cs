using Lodestar.Domain.Data;
using Lodestar.Domain.Events;
using Microsoft.Data.Sqlite;

namespace Lodestar.Domain.Ingestion;

/// <summary>
/// The embedded store's insert path: one open connection, one prepared statement, one transaction per group.
/// <c>ON CONFLICT DO NOTHING</c> on the unique messageId index is the durable dedup.
/// </summary>
public sealed class SqliteEventSink : IEventSink
{
    private const string Insert = """
        INSERT INTO "Events" ("MessageId", "SourceId", "Type", "Name", "UserId", "AnonymousId", "GroupId", "PreviousId",
            "Email", "Timestamp", "OriginalTimestamp", "SentAt", "ReceivedAt", "CampaignSource", "CampaignMedium",
            "CampaignName", "Referrer", "Raw", "Phone", "DeviceId", "ExternalIds")
        VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12, $p13, $p14, $p15, $p16, $p17, $p18, $p19, $p20)
        ON CONFLICT ("MessageId") DO NOTHING
        """;

    private const string Count = """
        INSERT INTO "EventDailyCounts" ("Day", "Type", "Count") VALUES ($day, $type, $count)
        ON CONFLICT ("Day", "Type") DO UPDATE SET "Count" = "Count" + excluded."Count"
        """;

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _insert;
    private readonly SqliteParameter[] _parameters;
    private readonly SqliteCommand _count;
    private readonly SqliteConsentWriter _consent;
    private bool _prepared;

    private SqliteEventSink(SqliteConnection connection)
    {
        _connection = connection;
        _insert = connection.CreateCommand();
        _insert.CommandText = Insert;
        _parameters = new SqliteParameter[21];
        for (var i = 0; i < _parameters.Length; i++)
            _parameters[i] = _insert.Parameters.Add(new SqliteParameter("$p" + i, null));
        _count = connection.CreateCommand();
        _count.CommandText = Count;
        _count.Parameters.Add(new SqliteParameter("$day", null));
        _count.Parameters.Add(new SqliteParameter("$type", null));
        _count.Parameters.Add(new SqliteParameter("$count", null));
        _consent = new SqliteConsentWriter(connection);
    }

    public static async Task<SqliteEventSink> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        // FULL: the WAL is synced at each commit, so an acknowledged message survives a power cut, not just a crash.
        await using (var pragma = connection.CreateCommand())
        {
            // A larger page cache keeps the messageId index's hot pages between commits.
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA cache_size=-65536;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        // While another connection writes (a job's short transaction), retry the lock every millisecond: without a busy
        // handler Microsoft.Data.Sqlite sleeps 150 ms after each busy answer, and SQLite's own (busy_timeout) backs off
        // to 100 ms between tries, both far longer than the other write took.
        SqliteWriterBusyHandler.Install(connection);

        return new SqliteEventSink(connection);
    }

    public Task<bool[]> InsertAsync(IReadOnlyList<TrackedEvent> events, CancellationToken cancellationToken)
    {
        var inserted = new bool[events.Count];
        using var transaction = _connection.BeginTransaction();
        _insert.Transaction = transaction;
        _count.Transaction = transaction;
        if (!_prepared)
        {
            _insert.Prepare();
            _count.Prepare();
            _prepared = true;
        }

        for (var i = 0; i < events.Count; i++)
        {
            Bind(events[i]);
            inserted[i] = _insert.ExecuteNonQuery() == 1;
        }

        foreach (var tally in EventDailyCountCalculator.Tally(events, inserted))
        {
            _count.Parameters[0].Value = tally.Day;
            _count.Parameters[1].Value = tally.Type.ToString();
            _count.Parameters[2].Value = tally.Count;
            _count.ExecuteNonQuery();
        }

        _consent.Write(events, inserted, transaction);
        transaction.Commit();
        return Task.FromResult(inserted);
    }

    private void Bind(TrackedEvent e)
    {
        var p = _parameters;
        p[0].Value = e.MessageId;
        p[1].Value = e.SourceId;
        p[2].Value = e.Type.ToString();
        p[3].Value = (object?)e.Name ?? DBNull.Value;
        p[4].Value = (object?)e.UserId ?? DBNull.Value;
        p[5].Value = (object?)e.AnonymousId ?? DBNull.Value;
        p[6].Value = (object?)e.GroupId ?? DBNull.Value;
        p[7].Value = (object?)e.PreviousId ?? DBNull.Value;
        p[8].Value = (object?)e.Email ?? DBNull.Value;
        p[9].Value = e.Timestamp;
        p[10].Value = (object?)e.OriginalTimestamp ?? DBNull.Value;
        p[11].Value = (object?)e.SentAt ?? DBNull.Value;
        p[12].Value = e.ReceivedAt;
        p[13].Value = (object?)e.CampaignSource ?? DBNull.Value;
        p[14].Value = (object?)e.CampaignMedium ?? DBNull.Value;
        p[15].Value = (object?)e.CampaignName ?? DBNull.Value;
        p[16].Value = (object?)e.Referrer ?? DBNull.Value;
        p[17].Value = e.Raw;
        p[18].Value = (object?)e.Phone ?? DBNull.Value;
        p[19].Value = (object?)e.DeviceId ?? DBNull.Value;
        p[20].Value = (object?)e.ExternalIds ?? DBNull.Value;
    }

    public async ValueTask DisposeAsync()
    {
        await _insert.DisposeAsync();
        await _count.DisposeAsync();
        _consent.Dispose();
        await _connection.DisposeAsync();
    }
}
