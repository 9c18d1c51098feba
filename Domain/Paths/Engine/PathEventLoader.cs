using System.Runtime.InteropServices;
using Lodestar.Domain.Data;
using Lodestar.Domain.Identity;
using Lodestar.Domain.Segments.Queries;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Paths.Engine;

/// <summary>
/// Reads a paths query's events in two passes. First the chosen event's own narrow (name, time) range gives each
/// person's first occurrence. Then, on SQLite, each person is sought to it and only the next few events are read
/// (<see cref="PathSeekReader"/>); on SQL Server (a columnstore at scale, and a query per person would be a round trip
/// each) every event of those people in the range streams past in person and time order, from the
/// (ProfileId, Timestamp, EventId) index, which holds every column a path needs, so the JSON of the events is never
/// touched. The people are split in as many profile-id ranges as there are cores, each read on a context of its own.
/// </summary>
internal sealed class PathEventLoader(IDbContextFactory<PortalDbContext> contexts, DateTime now)
{
    /// <summary>Read every event of the people in the range even on SQLite (tests compare the two ways).</summary>
    public bool Stream { get; init; }

    /// <summary>Of the last load: finding each person's first chosen event, and reading their paths (for the benchmark).</summary>
    public (double AnchorsMs, double PathsMs) LastTimings { get; private set; }

    public async Task<(List<string[]> Paths, long Read)> LoadAsync(PathQuery query, CancellationToken cancellationToken)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var (anchors, chosen) = await AnchorsAsync(query, cancellationToken);
        var found = watch.Elapsed.TotalMilliseconds;
        if (anchors.Count == 0)
            return ([], chosen);
        var people = anchors.OrderBy(a => a.Key).ToArray();
        var parts = Math.Clamp(people.Length / 1_000, 1, Environment.ProcessorCount);
        var paths = new List<string[]>[parts];
        var read = new long[parts];
        var options = new ParallelOptions { MaxDegreeOfParallelism = parts, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, parts), options, async (p, ct) =>
        {
            var part = people[(p * people.Length / parts)..((p + 1) * people.Length / parts)];
            await using var db = contexts.CreateDbContext();
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(5));
            (paths[p], read[p]) = db.Provider == DatabaseProvider.Sqlite && !Stream
                ? await PathSeekReader.ReadAsync(db, query, part, new Dictionary<string, string>(StringComparer.Ordinal), ct)
                : await ReadPathsAsync(db, query, anchors, part[0].Key, part[^1].Key, ct);
        });
        LastTimings = (found, watch.Elapsed.TotalMilliseconds - found);
        return ([.. paths.SelectMany(p => p)], read.Sum() + chosen);
    }

    /// <summary>
    /// Each person's first chosen event in the range, and how many chosen events were read. One read per core, each
    /// keeping the people whose id falls to it: SQLite steps the whole (name, time) range cheaply in each, and the
    /// decoding in .NET — a third of a year's query at R1 — is shared.
    /// </summary>
    private async Task<(Dictionary<long, PathAnchor> Anchors, long Read)> AnchorsAsync(PathQuery query, CancellationToken cancellationToken)
    {
        var parts = Environment.ProcessorCount;
        var found = new Dictionary<long, PathAnchor>[parts];
        var read = new long[parts];
        var options = new ParallelOptions { MaxDegreeOfParallelism = parts, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, parts), options, async (p, ct) =>
            (found[p], read[p]) = await AnchorsAsync(query, parts, p, ct));
        var anchors = new Dictionary<long, PathAnchor>(found.Sum(f => f.Count));
        foreach (var (profile, anchor) in found.SelectMany(f => f))
            anchors.Add(profile, anchor);
        return (anchors, read.Sum());
    }

    private async Task<(Dictionary<long, PathAnchor> Anchors, long Read)> AnchorsAsync(PathQuery query, int parts, int part, CancellationToken cancellationToken)
    {
        var (start, end) = (query.Start, query.End);
        await using var db = contexts.CreateDbContext();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(5));
        var events = new EventSets(db, now).Matching(query.Event, null, query.Filters)
            .Where(e => e.Timestamp >= start && e.Timestamp < end && e.ProfileId % parts == part).AsNoTracking()
            .Select(e => new PathEventData { ProfileId = e.ProfileId, Timestamp = e.Timestamp, EventId = e.EventId, Name = "" });
        var anchors = new Dictionary<long, PathAnchor>();
        var read = 0L;
        await foreach (var e in ReadAsync(db, events, cancellationToken))
        {
            read++;
            ref var anchor = ref CollectionsMarshal.GetValueRefOrAddDefault(anchors, e.ProfileId, out var seen);
            if (!seen || anchor.CompareTo(e.Anchor.Timestamp, e.Anchor.EventId) > 0)
                anchor = e.Anchor;
        }

        return (anchors, read);
    }

    /// <summary>
    /// One profile-id range: the rows stream by person, and a row's columns are only decoded when it can be on the
    /// path (its person has the chosen event, on the side of it the query looks at); most of a year's rows are not.
    /// </summary>
    private static async Task<(List<string[]> Paths, long Read)> ReadPathsAsync(PortalDbContext db, PathQuery query, Dictionary<long, PathAnchor> anchors,
        long first, long last, CancellationToken cancellationToken)
    {
        var (start, end) = (query.Start, query.End);
        var events = db.SegmentEvents.AsNoTracking()
            .Where(e => e.ProfileId >= first && e.ProfileId <= last && e.Timestamp >= start && e.Timestamp < end)
            .OrderBy(e => e.ProfileId).ThenBy(e => e.Timestamp).ThenBy(e => e.EventId)
            .Select(e => new PathEventData { ProfileId = e.ProfileId, Timestamp = e.Timestamp, EventId = e.EventId, Name = e.Name });
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = events.CreateDbCommand();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var sqlite = db.Provider == DatabaseProvider.Sqlite;
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var paths = new List<string[]>();
        var person = new List<PathEvent>();
        var after = query.Direction == PathDirection.After;
        PathAnchor anchor = default;
        var hasAnchor = false;
        long current = -1, read = 0;
        // SQLite answers synchronously: its ReadAsync only wraps Read in a task, which at millions of rows is measurable.
        while (sqlite ? reader.Read() : await reader.ReadAsync(cancellationToken))
        {
            read++;
            var profile = reader.GetInt64(0);
            if (profile != current)
            {
                Flush(query, person, paths);
                current = profile;
                hasAnchor = anchors.TryGetValue(profile, out anchor);
            }

            if (!hasAnchor)
                continue;
            var at = (Timestamp: StoredTimes.Read(reader, 1, sqlite), EventId: reader.GetInt64(2));
            var order = -anchor.CompareTo(at.Timestamp, at.EventId);
            // Only one side of the first chosen event can be on the path.
            if (after ? order < 0 : order > 0)
                continue;
            var name = reader.GetString(3);
            // A few dozen names repeat millions of times: the paths keep one copy of each.
            name = names.TryGetValue(name, out var known) ? known : names[name] = name;
            person.Add(new PathEvent(profile, at.Timestamp, at.EventId, name, order == 0));
        }

        Flush(query, person, paths);
        return (paths, read);
    }

    private static void Flush(PathQuery query, List<PathEvent> person, List<string[]> paths)
    {
        if (person.Count > 0 && PathCalculator.PathOf(query, CollectionsMarshal.AsSpan(person)) is { } path)
            paths.Add(path);
        person.Clear();
    }

    /// <summary>EF Core's SQL, read by ordinal (as the funnel reader does: EF's materialisation dominated at R1).</summary>
    private static async IAsyncEnumerable<(long ProfileId, PathAnchor Anchor)> ReadAsync(PortalDbContext db, IQueryable<PathEventData> query,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = query.CreateDbCommand();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var sqlite = db.Provider == DatabaseProvider.Sqlite;
        while (await reader.ReadAsync(cancellationToken))
        {
            var stored = sqlite ? reader.GetString(1) : null;
            var timestamp = stored is null ? StoredTimes.Read(reader, 1, sqlite) : SqliteDateTimeText.Parse(stored);
            yield return (reader.GetInt64(0), new PathAnchor(timestamp, reader.GetInt64(2), stored));
        }
    }
}
