using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using Microsoft.Data.Sqlite;

namespace Lodestar.Benchmarks;

/// <summary>
/// The same ordered funnel as plain SQL in DuckDB, for comparison: the step events are copied from SegmentEvents into an
/// in-memory DuckDB table (not timed), then each step-1 event in the range is followed greedily — the earliest next
/// step after the previous one, within the window from the entry — and each person counts at the furthest step any
/// of their entries reached. Ties on time go by event id, as in Lodestar.
/// </summary>
internal sealed class DuckDbFunnel : IDisposable
{
    private readonly DuckDBConnection _duck = new("DataSource=:memory:");

    public async Task<long> LoadAsync(string sqliteFile)
    {
        await _duck.OpenAsync();
        Execute("CREATE TABLE ev (p BIGINT, step INTEGER, ts BIGINT, id BIGINT, src VARCHAR)");
        await using var sqlite = new SqliteConnection($"Data Source={sqliteFile};Mode=ReadOnly");
        await sqlite.OpenAsync();
        var rows = 0L;
        using (var appender = _duck.CreateAppender("ev"))
        {
            for (var s = 0; s < FunnelsR1Queries.Steps.Length; s++)
            {
                await using var command = sqlite.CreateCommand();
                command.CommandText = """
                    SELECT "ProfileId", "Timestamp", "EventId", json_extract("Props", '$.context.campaign.source')
                    FROM "SegmentEvents" WHERE "Name" = $name AND "Timestamp" >= $from AND "Timestamp" < $to
                    """;
                command.Parameters.AddWithValue("$name", FunnelsR1Queries.Steps[s]);
                command.Parameters.AddWithValue("$from", FunnelsR1Queries.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                command.Parameters.AddWithValue("$to", FunnelsR1Queries.To.AddDays(31).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    var ts = DateTime.SpecifyKind(reader.GetDateTime(1), DateTimeKind.Utc);
                    appender.CreateRow().AppendValue(reader.GetInt64(0)).AppendValue(s + 1)
                        .AppendValue((ts.Ticks - DateTime.UnixEpoch.Ticks) / 10).AppendValue(reader.GetInt64(2))
                        .AppendValue(reader.IsDBNull(3) ? null : reader.GetString(3)).EndRow();
                    rows++;
                }
            }
        }

        return rows;
    }

    /// <summary>People per step, and the seconds the query took.</summary>
    public (long[] Counts, double Seconds) Run()
    {
        var from = Micros(FunnelsR1Queries.From.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        var to = Micros(FunnelsR1Queries.To.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        var window = (long)FunnelsR1Queries.Window.TotalMicroseconds;
        var sql = $"""
            WITH s1 AS (SELECT p, ts AS t0, ts AS t, id FROM ev WHERE step = 1 AND ts >= {from} AND ts < {to}),
            {Next(2, "s1", window)}, {Next(3, "s2", window)}, {Next(4, "s3", window)},
            reached AS (
              SELECT s1.p, CASE WHEN s4.p IS NOT NULL THEN 4 WHEN s3.p IS NOT NULL THEN 3 WHEN s2.p IS NOT NULL THEN 2 ELSE 1 END AS r
              FROM s1 LEFT JOIN s2 USING (p, t0) LEFT JOIN s3 USING (p, t0) LEFT JOIN s4 USING (p, t0)),
            people AS (SELECT p, max(r) AS r FROM reached GROUP BY p)
            SELECT count(*) FILTER (r >= 1), count(*) FILTER (r >= 2), count(*) FILTER (r >= 3), count(*) FILTER (r >= 4) FROM people
            """;
        var watch = Stopwatch.StartNew();
        using var command = _duck.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        reader.Read();
        var counts = Enumerable.Range(0, 4).Select(i => Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture)).ToArray();
        return (counts, watch.Elapsed.TotalSeconds);
    }

    /// <summary>Step n of each entry: the earliest step-n event after step n-1's, within the window from the entry.</summary>
    private static string Next(int step, string previous, long window) => $"""
        s{step} AS (
          SELECT q.p, q.t0, arg_min(e.ts, (e.ts, e.id)) AS t, arg_min(e.id, (e.ts, e.id)) AS id
          FROM {previous} q JOIN ev e ON e.p = q.p AND e.step = {step}
            AND (e.ts > q.t OR (e.ts = q.t AND e.id > q.id)) AND e.ts <= q.t0 + {window}
          GROUP BY q.p, q.t0)
        """;

    private static long Micros(DateTime utc) => (utc.Ticks - DateTime.UnixEpoch.Ticks) / 10;

    private void Execute(string sql)
    {
        using var command = _duck.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => _duck.Dispose();
}
