using System.Text;
using System.Text.Json;
using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Paths.Engine;

/// <summary>
/// Paths on SQLite without reading every event of the range: each person is sought to their first chosen event on the
/// (ProfileId, Timestamp, EventId) index and only the next few rows are read (a correlated subquery per person, in one
/// statement; SQLite runs in process, so a seek costs microseconds). At R1 this reads ~8 rows per person instead of
/// the ~50 of a year. With repeats collapsed a person may need more rows than the first read took (a long run of one
/// event); those people are read again with a larger limit until their path is whole, so the answer is exact.
/// </summary>
internal static class PathSeekReader
{
    private const int Growth = 4;

    public static async Task<(List<string[]> Paths, long Read)> ReadAsync(PortalDbContext db, PathQuery query,
        IReadOnlyList<KeyValuePair<long, PathAnchor>> people, Dictionary<string, string> names, CancellationToken cancellationToken)
    {
        var paths = new List<string[]>(people.Count);
        var read = 0L;
        // Collapsed, most people's path is whole within twice its length (in the SQLite shell at R1: 8 rows a person 0.47 s, 16 rows 1.0 s).
        var limit = query.CollapseRepeats ? 2 * (query.Depth + 1) : query.Depth + 1;
        await db.Database.OpenConnectionAsync(cancellationToken);
        for (var pending = people; pending.Count > 0; limit *= Growth)
        {
            var again = new List<KeyValuePair<long, PathAnchor>>();
            var byProfile = pending.ToDictionary(p => p.Key, p => p.Value);
            await using var command = Command(db, query, pending, limit);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (reader.Read())
            {
                var profile = reader.GetInt64(0);
                var row = Names(reader.GetString(1), names);
                read += row.Count;
                var (path, whole) = PathCalculator.Walk(query, row);
                if (!whole && row.Count == limit)
                    again.Add(new(profile, byProfile[profile]));
                else if (path.Length > 0)
                    paths.Add(path);
            }

            pending = again;
        }

        return (paths, read);
    }

    private static System.Data.Common.DbCommand Command(PortalDbContext db, PathQuery query, IReadOnlyList<KeyValuePair<long, PathAnchor>> people, int limit)
    {
        var after = query.Direction == PathDirection.After;
        var (side, bound, order) = after
            ? (">=", "e.\"Timestamp\" < $end", "ASC")
            : ("<=", "e.\"Timestamp\" >= $start", "DESC");
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"""
            WITH a AS (SELECT value ->> 0 AS p, value ->> 1 AS t, value ->> 2 AS id FROM json_each($anchors))
            SELECT a.p, (SELECT json_group_array(s."Name" ORDER BY s."Timestamp" {order}, s."EventId" {order}) FROM (
                SELECT e."Name", e."Timestamp", e."EventId" FROM "SegmentEvents" AS e
                WHERE e."ProfileId" = a.p AND (e."Timestamp", e."EventId") {side} (a.t, a.id) AND {bound}
                ORDER BY e."Timestamp" {order}, e."EventId" {order} LIMIT $limit) AS s)
            FROM a
            """;
        Add(command, "$anchors", AnchorsJson(people));
        // A DateTime parameter is written as EF Core writes stored times, so the text comparison is a time comparison.
        Add(command, after ? "$end" : "$start", after ? query.End : query.Start);
        Add(command, "$limit", limit);
        command.CommandTimeout = 300;
        return command;
    }

    private static void Add(System.Data.Common.DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static string AnchorsJson(IReadOnlyList<KeyValuePair<long, PathAnchor>> people)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var (profile, anchor) in people)
            {
                json.WriteStartArray();
                json.WriteNumberValue(profile);
                json.WriteStringValue(anchor.StoredTime);
                json.WriteNumberValue(anchor.EventId);
                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>A JSON array of event names; a few dozen names repeat millions of times, so the paths keep one copy of each.</summary>
    private static List<string> Names(string json, Dictionary<string, string> names)
    {
        var list = new List<string>();
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.String)
                continue;
            var name = reader.GetString()!;
            list.Add(names.TryGetValue(name, out var known) ? known : names[name] = name);
        }

        return list;
    }
}
