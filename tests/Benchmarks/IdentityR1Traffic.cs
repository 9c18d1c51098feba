using System.Buffers;
using System.Text.Json;
using Lodestar.Domain.Events;
using Lodestar.Domain.Identity;
using Lodestar.Domain.Ingestion;

namespace Lodestar.Benchmarks;

/// <summary>What one round of new traffic held.</summary>
public sealed record TrafficMix(int Events, int Returning, int NewVisitors, int Signups, int AnonymousReturns, int IdentifyMerges, int AliasMerges)
{
    public override string ToString() =>
        $"{Events:N0} events: {Returning:N0} returning users, {NewVisitors:N0} new visitors ({Signups:N0} sign-ups in all), " +
        $"{AnonymousReturns:N0} stored anonymous visitors back, merges asked {IdentifyMerges:N0} by identify + {AliasMerges:N0} by alias";
}

/// <summary>
/// New traffic on the R1 data set, deterministic per round: known users returning (sometimes on a new device), new
/// anonymous visitors (some signing up), stored anonymous visitors coming back, and stored anonymous visitors identifying
/// as an existing user (identify or alias), which merges two stored profiles. Written the way the tracking API stores
/// messages: Segment JSON → TrackingPayload → MessageNormalizer → SqliteEventSink.
/// </summary>
public sealed class IdentityR1Traffic(int sourceId, IReadOnlyList<string> users, IReadOnlyDictionary<string, string> anonymousOfUser,
    IReadOnlyList<string> anonymousOnly)
{
    private const int MessagesPerBatch = 500;

    // Stored anonymous visitors and users are each used for one merge at most, across rounds.
    private readonly Queue<string> _anonymousPool = new(Shuffle(anonymousOnly, 11));
    private readonly Queue<string> _mergeUsers = new(Shuffle(users, 12));

    /// <summary>Stored identifiers of the R1 database: users (with one anonymous id each) and anonymous-only visitors.</summary>
    public static IdentityR1Traffic Create(int sourceId, IReadOnlyList<(string Type, string Value, long ProfileId)> identifiers)
    {
        var userOf = identifiers.Where(i => i.Type == IdentifierTypes.UserId).ToDictionary(i => i.ProfileId, i => i.Value);
        var anonymousOfUser = new Dictionary<string, string>();
        var anonymousOnly = new List<string>();
        foreach (var (type, value, profileId) in identifiers.Where(i => i.Type == IdentifierTypes.AnonymousId))
        {
            if (!userOf.TryGetValue(profileId, out var user))
                anonymousOnly.Add(value);
            else
                anonymousOfUser.TryAdd(user, value);
        }

        return new IdentityR1Traffic(sourceId, [.. userOf.Values.Order(StringComparer.Ordinal)], anonymousOfUser, anonymousOnly);
    }

    /// <summary>Appends <paramref name="count"/> new events (round <paramref name="round"/>) to the database.</summary>
    public async Task<TrafficMix> AppendAsync(string file, int round, int count, DateTime start)
    {
        var rng = new Random(1_000 + round);
        var buffer = new ArrayBufferWriter<byte>(1 << 20);
        using var json = new Utf8JsonWriter(buffer);
        var batch = new IdentityR1Batch(json, $"idr1-{round}-", start);
        var mix = new int[6];
        await using var sink = await SqliteEventSink.OpenAsync(BenchDatabase.ConnectionString(file), CancellationToken.None);
        var normalizer = new MessageNormalizer();
        var visitor = 0;
        while (batch.Written < count)
        {
            batch.Begin(buffer);
            while (batch.InBatch < MessagesPerBatch && batch.Written < count)
                Session(rng, batch, round, visitor++, mix);
            await StoreAsync(batch.End(buffer), normalizer, sink);
        }

        return new TrafficMix(batch.Written, mix[0], mix[1], mix[2], mix[3], mix[4], mix[5]);
    }

    private void Session(Random rng, IdentityR1Batch batch, int round, int visitor, int[] mix)
    {
        var u = rng.NextDouble();
        if (u < 0.45)
        {
            // A known user returns, on a new device now and then.
            mix[0]++;
            var user = users[rng.Next(users.Count)];
            var anonymous = rng.NextDouble() < 0.8 && anonymousOfUser.TryGetValue(user, out var known) ? known : NewId(rng);
            batch.Visit(rng, anonymous, user, 2 + rng.Next(7));
        }
        else if (u < 0.80 || _anonymousPool.Count == 0)
        {
            // A new anonymous visitor; a quarter sign up.
            mix[1]++;
            var anonymous = NewId(rng);
            batch.Visit(rng, anonymous, null, 1 + rng.Next(6));
            if (rng.NextDouble() < 0.25)
            {
                mix[2]++;
                batch.Identify(rng, anonymous, $"user-r{round}-{visitor:D6}", $"new.{round}.{visitor}@example.org");
                batch.Visit(rng, anonymous, $"user-r{round}-{visitor:D6}", 1);
            }
        }
        else if (u < 0.92 || _mergeUsers.Count == 0)
        {
            // A stored anonymous visitor comes back; half of them sign up now.
            mix[3]++;
            var anonymous = _anonymousPool.Dequeue();
            batch.Visit(rng, anonymous, null, 1 + rng.Next(4));
            if (rng.NextDouble() < 0.5)
            {
                mix[2]++;
                batch.Identify(rng, anonymous, $"user-r{round}-{visitor:D6}", $"late.{round}.{visitor}@example.org");
            }
        }
        else
        {
            // A stored anonymous visitor logs in as an existing user: their two stored profiles merge.
            var anonymous = _anonymousPool.Dequeue();
            var user = _mergeUsers.Dequeue();
            batch.Visit(rng, anonymous, null, 1 + rng.Next(3));
            if (rng.NextDouble() < 0.7)
            {
                mix[4]++;
                batch.Identify(rng, anonymous, user, null);
            }
            else
            {
                mix[5]++;
                batch.Alias(anonymous, user);
            }

            batch.Visit(rng, anonymous, user, 1);
        }
    }

    private async Task StoreAsync(ReadOnlyMemory<byte> body, MessageNormalizer normalizer, SqliteEventSink sink)
    {
        TrackedEvent[] events;
        using (var payload = TrackingPayload.Parse(body, TrackingRoute.Batch))
        {
            var stamp = new IngestionStamp(DateTime.UtcNow, "127.0.0.1", sourceId);
            if (!normalizer.TryNormalizeAll(payload, null, stamp, out events, out var refusal))
                throw new InvalidOperationException($"The tracking API refuses a generated message: {refusal.Message}");
        }

        var inserted = await sink.InsertAsync(events, CancellationToken.None);
        if (inserted.Any(i => !i))
            throw new InvalidOperationException("Some generated messages were already stored (duplicate messageIds).");
    }

    private static string NewId(Random rng)
    {
        Span<byte> bytes = stackalloc byte[16];
        rng.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }

    private static List<string> Shuffle(IEnumerable<string> values, int seed)
    {
        var list = values.Order(StringComparer.Ordinal).ToList();
        new Random(seed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list));
        return list;
    }
}
