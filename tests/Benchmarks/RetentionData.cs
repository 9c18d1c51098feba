using Lodestar.Domain.Demo;
using Lodestar.Domain.Events;
using Lodestar.Domain.Ingestion;

namespace Lodestar.Benchmarks;

/// <summary>
/// The retention benchmark's database: the demo generator's people (deterministic, fixed seed and anchor) stored through
/// the event writer's SQLite sink in the order their events happened, each received when it happened (shifted so that
/// exactly <c>old</c> of them were received more than 30 days before <c>now</c>), as live ingestion stores them.
/// </summary>
internal static class RetentionData
{
    private const int MaxEventsPerCommit = 20_000;

    public static async Task StoreAsync(string file, int sourceId, int old, int recent, DateTime now)
    {
        var normalizer = new MessageNormalizer();
        var generator = new DemoDataGenerator(MessagePool.Population, new DemoOptions().RandomSeed, MessagePool.Anchor);
        var events = new List<TrackedEvent>(old + recent + 1_000);
        foreach (var batch in generator.Batches(1_000))
        {
            using var payload = TrackingPayload.Parse(batch.Body, TrackingRoute.Batch);
            if (!normalizer.TryNormalizeAll(payload, null, new IngestionStamp(MessagePool.Anchor, null, sourceId), out var normalized, out var refusal))
                throw new InvalidOperationException($"The generator wrote a message the tracking API refuses: {refusal.Message}");
            events.AddRange(normalized.Take(old + recent - events.Count));
            if (events.Count == old + recent)
                break;
        }

        // Live traffic: stored in the order it happens, received as it happens. The last old event is received a
        // minute before the 30-day cutoff; the recent ones from two hours after it.
        events.Sort((a, b) => a.Timestamp.CompareTo(b.Timestamp));
        var shift = now.AddDays(-30).AddMinutes(-1) - events[old - 1].Timestamp;
        var firstRecent = now.AddDays(-30).AddHours(2);
        for (var i = 0; i < events.Count; i++)
        {
            var receivedAt = events[i].Timestamp + shift;
            events[i].ReceivedAt = i < old || receivedAt > firstRecent ? receivedAt : firstRecent;
        }

        await using var sink = await SqliteEventSink.OpenAsync(BenchDatabase.ConnectionString(file), CancellationToken.None);
        for (var i = 0; i < events.Count; i += MaxEventsPerCommit)
            await sink.InsertAsync(events.GetRange(i, Math.Min(MaxEventsPerCommit, events.Count - i)), CancellationToken.None);
    }
}
