using Lodestar.Domain.Identity;

namespace Lodestar.Domain.Tests.Identity;

public sealed class IdentityEventReaderTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task StreamAsync_SqliteScan_GivesWhatTheEfReadGives(bool allRaw)
    {
        await using var harness = await IdentityHarness.StartAsync();
        await harness.SendAsync(
            """{"type":"page","anonymousId":"a-1","timestamp":"2026-03-01T09:00:00.1234567Z","messageId":"t-1"}""",
            """{"type":"identify","anonymousId":"a-1","userId":"u-1","traits":{"email":"Zoë@Example.com","phone":"+44 20 7946 0958"}}""",
            """{"type":"track","userId":"u-1","event":"Order Completed","context":{"device":{"id":"dev-9"},"externalIds":[{"id":"cus_1","type":"stripe_id","collection":"users","encoding":"none"}]}}""",
            """{"type":"alias","userId":"u-2","previousId":"u-1","timestamp":"2026-03-01T09:05:00Z","messageId":"t-2"}""",
            """{"type":"screen","anonymousId":"a-2","name":"Home","timestamp":"2026-03-01T09:06:00.5Z","messageId":"t-3"}""",
            """{"type":"group","userId":"u-2","groupId":"g-1"}""",
            """{"type":"track","anonymousId":"a-1","event":"Viewed"}""");
        var reader = harness.Host.Get<IdentityEventReader>();
        var last = await reader.LastEventIdAsync(IdentityHarness.Ct);

        var expected = await reader.ReadAsync(0, 1_000, allRaw, IdentityHarness.Ct);
        var streamed = new List<IdentityEvent>();
        await foreach (var e in reader.StreamAsync(last, allRaw, IdentityHarness.Ct))
            streamed.Add(e);

        Assert.Equal(7, expected.Count);
        Assert.Equal(expected, streamed);
        Assert.All(streamed, e => Assert.Equal(DateTimeKind.Utc, e.Timestamp.Kind));
        Assert.Same(streamed[0].AnonymousId, streamed[6].AnonymousId);
    }

    [Fact]
    public async Task StreamAsync_UpToAnEarlierEvent_StopsThere()
    {
        await using var harness = await IdentityHarness.StartAsync();
        await harness.SendAsync("""{"type":"track","anonymousId":"a-1","event":"A"}""", """{"type":"track","anonymousId":"a-1","event":"B"}""");
        var reader = harness.Host.Get<IdentityEventReader>();
        var first = (await reader.ReadAsync(0, 1, false, IdentityHarness.Ct))[0].EventId;

        var streamed = new List<long>();
        await foreach (var e in reader.StreamAsync(first, false, IdentityHarness.Ct))
            streamed.Add(e.EventId);

        Assert.Equal([first], streamed);
    }
}
