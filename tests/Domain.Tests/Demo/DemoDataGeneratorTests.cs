using System.Text;
using Lodestar.Domain.Demo;
using Lodestar.Domain.Events;
using Lodestar.Domain.Ingestion;

namespace Lodestar.Domain.Tests.Demo;

public sealed class DemoDataGeneratorTests
{
    private static readonly DateTime Anchor = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    private static List<TrackedEvent> Normalize(DemoDataGenerator generator)
    {
        var normalizer = new MessageNormalizer();
        var all = new List<TrackedEvent>();
        foreach (var batch in generator.Batches(500))
        {
            using var payload = TrackingPayload.Parse(batch.Body, TrackingRoute.Batch);
            Assert.Equal(IngestionError.None, payload.Error);
            var ok = normalizer.TryNormalizeAll(payload, null, new IngestionStamp(Anchor, null, 1), out var events, out var refusal);
            Assert.True(ok, refusal.Message);
            all.AddRange(events);
        }

        return all;
    }

    [Fact]
    public void Batches_SameInputs_SameBytes()
    {
        var first = new DemoDataGenerator(200, 7, Anchor).Batches(500).Select(b => Encoding.UTF8.GetString(b.Body.Span)).ToList();
        var second = new DemoDataGenerator(200, 7, Anchor).Batches(500).Select(b => Encoding.UTF8.GetString(b.Body.Span)).ToList();
        var otherSeed = new DemoDataGenerator(200, 8, Anchor).Batches(500).Select(b => Encoding.UTF8.GetString(b.Body.Span)).ToList();

        Assert.Equal(first, second);
        Assert.NotEqual(first, otherSeed);
    }

    [Fact]
    public void Batches_EveryMessage_IsAcceptedByTheTrackingApiAndFallsInTheLast12Months()
    {
        var events = Normalize(new DemoDataGenerator(300, 11, Anchor));

        Assert.All(events, e => Assert.InRange(e.Timestamp, Anchor.AddDays(-366), Anchor));
        Assert.Equal(events.Count, events.Select(e => e.MessageId).Distinct().Count());
        Assert.InRange(events.Count, 300 * 15, 300 * 90);
    }

    [Fact]
    public void Batches_Workspace_HasTheStoryTheOtherFeaturesNeed()
    {
        var events = Normalize(new DemoDataGenerator(1_000, 3, Anchor));
        var names = events.Where(e => e.Type == MessageType.Track).Select(e => e.Name).ToHashSet();

        Assert.Superset(new HashSet<string?> { "Signed Up", "Account Activated", "Product Viewed", "Order Completed", "Order Refunded" }, names);
        Assert.Equal(
            new[] { "facebook", "google", "newsletter", "partner-blog" },
            events.Select(e => e.CampaignSource).OfType<string>().Distinct().Order());
        Assert.Contains(events, e => e.Type == MessageType.Identify && e.Email is not null && e.UserId is not null);
        Assert.Contains(events, e => e.Type == MessageType.Screen);
        Assert.Contains(events, e => e.Type == MessageType.Group);
        Assert.Contains(events, e => e.Type == MessageType.Alias);
        var months = events.Select(e => (e.Timestamp.Year, e.Timestamp.Month)).Distinct().Count();
        Assert.InRange(months, 12, 13);
    }

    [Fact]
    public void Batches_KeepWholePeopleTogetherAndReportProgress()
    {
        var batches = new DemoDataGenerator(100, 5, Anchor).Batches(200).ToList();

        Assert.Equal(100, batches[^1].PeopleDone);
        Assert.True(batches.Zip(batches.Skip(1)).All(p => p.First.PeopleDone < p.Second.PeopleDone));
        Assert.All(batches[..^1], b => Assert.True(b.Messages >= 200));
    }
}
