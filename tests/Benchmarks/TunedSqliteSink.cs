using Lodestar.Domain.Events;
using Lodestar.Domain.Ingestion;
using Microsoft.Data.Sqlite;

namespace Lodestar.Benchmarks;

/// <summary>
/// Experiment only: SqliteEventSink's insert (same SQL, binding and transaction per call) with extra SQL run on its
/// connection first (a PRAGMA, dropping an index). Lets the benchmarks measure a proposed change to the sink before
/// anyone makes it in Domain.
/// </summary>
public sealed class TunedSqliteSink : IEventSink
{
    private const string Insert = """
        INSERT INTO "Events" ("MessageId", "SourceId", "Type", "Name", "UserId", "AnonymousId", "GroupId", "PreviousId",
            "Email", "Timestamp", "OriginalTimestamp", "SentAt", "ReceivedAt", "CampaignSource", "CampaignMedium",
            "CampaignName", "Referrer", "Raw")
        VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12, $p13, $p14, $p15, $p16, $p17)
        ON CONFLICT ("MessageId") DO NOTHING
        """;

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _insert;
    private readonly SqliteParameter[] _p = new SqliteParameter[18];
    private bool _prepared;

    private TunedSqliteSink(SqliteConnection connection)
    {
        _connection = connection;
        _insert = connection.CreateCommand();
        _insert.CommandText = Insert;
        for (var i = 0; i < _p.Length; i++)
            _p[i] = _insert.Parameters.Add(new SqliteParameter("$p" + i, null));
    }

    public static async Task<TunedSqliteSink> OpenAsync(string connectionString, string extraSql)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var setup = connection.CreateCommand();
        setup.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; " + extraSql;
        await setup.ExecuteNonQueryAsync();
        return new TunedSqliteSink(connection);
    }

    public Task<bool[]> InsertAsync(IReadOnlyList<TrackedEvent> events, CancellationToken cancellationToken)
    {
        var inserted = new bool[events.Count];
        using var transaction = _connection.BeginTransaction();
        _insert.Transaction = transaction;
        if (!_prepared)
        {
            _insert.Prepare();
            _prepared = true;
        }

        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            object?[] values = [e.MessageId, e.SourceId, e.Type.ToString(), e.Name, e.UserId, e.AnonymousId, e.GroupId,
                e.PreviousId, e.Email, e.Timestamp, e.OriginalTimestamp, e.SentAt, e.ReceivedAt, e.CampaignSource,
                e.CampaignMedium, e.CampaignName, e.Referrer, e.Raw];
            for (var p = 0; p < _p.Length; p++)
                _p[p].Value = values[p] ?? DBNull.Value;
            inserted[i] = _insert.ExecuteNonQuery() == 1;
        }

        transaction.Commit();
        return Task.FromResult(inserted);
    }

    public async ValueTask DisposeAsync()
    {
        await _insert.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
