using System.Net;
using Lodestar.Domain.Destinations;
using Lodestar.Domain.Destinations.EventStream;

namespace Lodestar.Domain.Tests.Destinations.EventStream;

public sealed class EventStreamReplayServiceTests
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReplayAsync_ForwardedRun_SendsItsEventsAgainUnderNewKeysInANewRun()
    {
        await using var bed = await EventStreamBed.StartAsync();
        var id = await bed.AddDestinationAsync(batchSize: 2);
        await bed.IngestTracksAsync("a", 3);
        var forwarded = await bed.Stream.ForwardAsync(id, Ct);
        var position = (await bed.DestinationAsync(id)).StreamPosition;

        var replay = await bed.Host.Get<EventStreamReplayService>().ReplayAsync(forwarded!.Id, Ct);

        Assert.Equal(["a-0", "a-1", "a-2", "a-0", "a-1", "a-2"], bed.AppliedMessageIds());
        Assert.Equal(0, bed.Receiver.Duplicates);
        Assert.Equal((DestinationRunTrigger.Replay, DestinationRunStatus.Succeeded, 3), (replay.Trigger, replay.Status, replay.Sent));
        Assert.Equal((forwarded.FirstEventId, forwarded.LastEventId), (replay.FirstEventId, replay.LastEventId));
        Assert.Equal(position, (await bed.DestinationAsync(id)).StreamPosition);
        Assert.Equal(2, (await bed.RunsAsync(id)).Count);
    }

    [Fact]
    public async Task ReplayAsync_LaterEventsExist_SendsOnlyTheRunsRange()
    {
        await using var bed = await EventStreamBed.StartAsync(new Dictionary<string, string?> { ["Destinations:EventStream:RunWindow"] = "00:00:00" });
        var id = await bed.AddDestinationAsync();
        await bed.IngestTracksAsync("a", 2);
        var first = await bed.Stream.ForwardAsync(id, Ct);
        await bed.IngestTracksAsync("b", 2);
        await bed.Stream.ForwardAsync(id, Ct);

        await bed.Host.Get<EventStreamReplayService>().ReplayAsync(first!.Id, Ct);

        Assert.Equal(["a-0", "a-1", "b-0", "b-1", "a-0", "a-1"], bed.AppliedMessageIds());
    }

    [Fact]
    public async Task ReplayAsync_ReceiverRefuses_FailedRunWithTheResponse()
    {
        await using var bed = await EventStreamBed.StartAsync();
        var id = await bed.AddDestinationAsync();
        await bed.IngestTracksAsync("a", 2);
        var forwarded = await bed.Stream.ForwardAsync(id, Ct);
        bed.Receiver.Script.Enqueue((HttpStatusCode.UnprocessableEntity, null));

        var replay = await bed.Host.Get<EventStreamReplayService>().ReplayAsync(forwarded!.Id, Ct);

        Assert.Equal((DestinationRunStatus.Failed, 0, 2), (replay.Status, replay.Sent, replay.Failed));
        Assert.Contains("HTTP 422", replay.Error);
        Assert.Equal(0, (await bed.DestinationAsync(id)).ConsecutiveFailures);
    }

    [Fact]
    public async Task ReplayAsync_RunWithoutEvents_RefusedWithWhy()
    {
        await using var bed = await EventStreamBed.StartAsync();
        var id = await bed.AddDestinationAsync(enabled: false);
        var skipped = await bed.Stream.ForwardAsync(id, DestinationRunTrigger.Manual, Ct);

        var error = await Assert.ThrowsAsync<DomainValidationException>(() => bed.Host.Get<EventStreamReplayService>().ReplayAsync(skipped!.Id, Ct));

        Assert.Contains("nothing to send again", error.Message);
    }

    [Fact]
    public async Task ReplayAsync_UnknownRun_NotFound()
    {
        await using var bed = await EventStreamBed.StartAsync();

        await Assert.ThrowsAsync<NotFoundException>(() => bed.Host.Get<EventStreamReplayService>().ReplayAsync(999, Ct));
    }
}
