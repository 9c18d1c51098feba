using System.Text.Json.Nodes;
using Lodestar.Domain.Destinations;
using Lodestar.Domain.Destinations.EventStream;

namespace Lodestar.Domain.Tests.Destinations.EventStream;

public sealed class EventStreamServiceTests
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task ForwardAsync_IngestedEvents_ArriveInOrderSignedWithTheirRawMessage()
    {
        await using var bed = await EventStreamBed.StartAsync();
        var id = await bed.AddDestinationAsync();
        await bed.IngestTracksAsync("a", 3);
        await bed.IngestAsync("""{"type":"identify","userId":"u-1","traits":{"email":"u1@example.com"},"messageId":"b-0"}""",
            """{"type":"page","anonymousId":"anon-1","name":"Pricing","messageId":"b-1"}""");

        var run = await bed.Stream.ForwardAsync(id, Ct);

        var batch = Assert.Single(bed.Receiver.Accepted);
        Assert.Equal((1, 0), (bed.Receiver.Requests, bed.Receiver.BadSignatures));
        Assert.Equal(["a-0", "a-1", "a-2", "b-0", "b-1"], bed.AppliedMessageIds());
        Assert.Equal("u1@example.com", batch.Messages[3]["traits"]!["email"]!.GetValue<string>());
        Assert.NotNull(batch.Messages[0]["receivedAt"]);
        Assert.True(DateTime.TryParse(batch.Body["sentAt"]!.GetValue<string>(), out _));
        var last = await bed.LastEventIdAsync();
        Assert.Equal($"event-stream-{id}-{last - 4}-{last}", batch.IdempotencyKey);
        Assert.NotNull(run);
        Assert.Equal((DestinationRunStatus.Succeeded, DestinationRunTrigger.Schedule, 5, 5, 0, 0), (run.Status, run.Trigger, run.Planned, run.Sent, run.Failed, run.Skipped));
        Assert.Equal((last - 4, last), (run.FirstEventId, run.LastEventId));
        Assert.Null(run.Error);
        Assert.Equal(last, (await bed.DestinationAsync(id)).StreamPosition);
    }

    [Fact]
    public async Task ForwardAsync_MoreThanABatch_SeveralPostsInOrderOneRun()
    {
        await using var bed = await EventStreamBed.StartAsync();
        var id = await bed.AddDestinationAsync(batchSize: 2);
        await bed.IngestTracksAsync("a", 5);

        await bed.Stream.ForwardAsync(id, Ct);

        Assert.Equal([2, 2, 1], bed.Receiver.Accepted.Select(b => b.Messages.Count));
        Assert.Equal(0, bed.Receiver.Duplicates);
        Assert.Equal(["a-0", "a-1", "a-2", "a-3", "a-4"], bed.AppliedMessageIds());
        var run = Assert.Single(await bed.RunsAsync(id));
        Assert.Equal(5, run.Sent);
    }

    [Fact]
    public async Task ForwardAsync_NothingNew_NoRequestAndNoRun()
    {
        await using var bed = await EventStreamBed.StartAsync();
        await bed.IngestTracksAsync("before", 2);
        var id = await bed.AddDestinationAsync();

        var run = await bed.Stream.ForwardAsync(id, Ct);

        Assert.Null(run);
        Assert.Equal(0, bed.Receiver.Requests);
        Assert.Empty(await bed.RunsAsync(id));
    }

    [Fact]
    public async Task ForwardAsync_FiltersAndIntegrations_SendsOnlyWhatIsWantedAndCountsTheRest()
    {
        await using var bed = await EventStreamBed.StartAsync();
        var id = await bed.AddDestinationAsync("Warehouse Hook", new Dictionary<string, string>
        {
            ["eventTypes"] = "track, identify",
            ["eventNames"] = "Order Completed, Signed Up, Heartbeat",
            ["excludeEventNames"] = "heartbeat",
        });
        await bed.IngestAsync(
            """{"type":"track","userId":"u","event":"Order Completed","messageId":"keep-track"}""",
            """{"type":"track","userId":"u","event":"Product Viewed","messageId":"drop-name"}""",
            """{"type":"track","userId":"u","event":"Heartbeat","messageId":"drop-excluded"}""",
            """{"type":"page","userId":"u","name":"Pricing","messageId":"drop-type"}""",
            """{"type":"identify","userId":"u","messageId":"keep-identify"}""",
            """{"type":"track","userId":"u","event":"Signed Up","messageId":"drop-integration","integrations":{"warehouse hook":false}}""",
            """{"type":"track","userId":"u","event":"Signed Up","messageId":"drop-all","integrations":{"All":false}}""",
            """{"type":"track","userId":"u","event":"Signed Up","messageId":"keep-named","integrations":{"All":false,"Warehouse Hook":true}}""",
            """{"type":"track","userId":"u","event":"Signed Up","messageId":"keep-other-off","integrations":{"Mixpanel":false}}""");

        var run = await bed.Stream.ForwardAsync(id, Ct);

        Assert.Equal(["keep-track", "keep-identify", "keep-named", "keep-other-off"], bed.AppliedMessageIds());
        Assert.NotNull(run);
        Assert.Equal((4, 5), (run.Sent, run.Skipped));
        Assert.Equal(await bed.LastEventIdAsync(), (await bed.DestinationAsync(id)).StreamPosition);
    }

    [Fact]
    public async Task ForwardAsync_BatchLevelIntegrations_MergedIntoEachMessageAndHonoured()
    {
        await using var bed = await EventStreamBed.StartAsync();
        var id = await bed.AddDestinationAsync("Stream");
        var body = """{"integrations":{"Stream":false},"batch":[{"type":"track","userId":"u","event":"E","messageId":"m-0"}]}""";
        await bed.Host.Get<Lodestar.Domain.Ingestion.IngestionService>().IngestAsync(new Lodestar.Domain.Ingestion.TrackingRequest(
            Lodestar.Domain.Ingestion.TrackingRoute.Batch, System.Text.Encoding.UTF8.GetBytes(body), bed.WriteKey, null), Ct);
        await bed.IngestTracksAsync("after", 1);

        await bed.Stream.ForwardAsync(id, Ct);

        Assert.Equal(["after-0"], bed.AppliedMessageIds());
    }

    [Fact]
    public async Task ForwardAsync_EverythingFilteredOut_NoRequestButPositionMovesAndRunCountsSkipped()
    {
        await using var bed = await EventStreamBed.StartAsync();
        var id = await bed.AddDestinationAsync(settings: new Dictionary<string, string> { ["eventTypes"] = "identify" });
        await bed.IngestTracksAsync("a", 3);

        var run = await bed.Stream.ForwardAsync(id, Ct);

        Assert.Equal(0, bed.Receiver.Requests);
        Assert.NotNull(run);
        Assert.Equal((0, 3, DestinationRunStatus.Succeeded), (run.Sent, run.Skipped, run.Status));
        Assert.Equal(await bed.LastEventIdAsync(), (await bed.DestinationAsync(id)).StreamPosition);
    }

    [Fact]
    public async Task ForwardAsync_NoPositionYet_StartsAtTheEndWithoutHistory()
    {
        await using var bed = await EventStreamBed.StartAsync();
        await bed.IngestTracksAsync("history", 3);
        var id = await bed.AddDestinationAsync(startAtEnd: false);

        Assert.Null(await bed.Stream.ForwardAsync(id, Ct));
        await bed.IngestTracksAsync("new", 1);
        await bed.Stream.ForwardAsync(id, Ct);

        Assert.Equal(["new-0"], bed.AppliedMessageIds());
    }

    [Fact]
    public async Task ForwardAsync_ConcurrentPasses_EachEventSentOnce()
    {
        await using var bed = await EventStreamBed.StartAsync();
        var id = await bed.AddDestinationAsync(batchSize: 3);
        await bed.IngestTracksAsync("a", 10);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => bed.Stream.ForwardAsync(id, Ct)));

        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"a-{i}"), bed.AppliedMessageIds());
        Assert.Equal((4, 0), (bed.Receiver.Requests, bed.Receiver.Duplicates));
    }

    [Fact]
    public async Task ForwardAsync_Body_IsTheBatchArrayAndSentAt()
    {
        await using var bed = await EventStreamBed.StartAsync();
        var id = await bed.AddDestinationAsync();
        await bed.IngestTracksAsync("a", 1);

        await bed.Stream.ForwardAsync(id, Ct);

        var body = Assert.Single(bed.Receiver.Accepted).Body.AsObject();
        Assert.Equal(["batch", "sentAt"], body.Select(p => p.Key));
        Assert.IsType<JsonArray>(body["batch"]);
    }
}
