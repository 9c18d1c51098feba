using Lodestar.Domain.Destinations;
using Lodestar.Domain.Ingestion;
using Lodestar.Testing;

namespace Lodestar.Domain.Tests.Destinations.EventStream;

/// <summary>The background forwarder: woken by ingestion, on its own, never in ingestion's way.</summary>
public sealed class EventStreamForwarderTests
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private static Dictionary<string, string?> Forwarding(string pollInterval) => new()
    {
        ["Destinations:EventStream:Enabled"] = "true",
        ["Destinations:EventStream:PollInterval"] = pollInterval,
        ["Destinations:EventStream:MinPassInterval"] = "00:00:00.050",
    };

    [Fact]
    public async Task Forwarder_EventsIngested_ArriveWithoutWaitingForThePoll()
    {
        // The destination exists before the forwarder starts; with a 10-minute poll only ingestion's signal can wake it.
        using var folder = new TempDirectory();
        var database = folder.File("stream.db");
        var setup = await EventStreamBed.StartAsync(database: database);
        var id = await setup.AddDestinationAsync();
        await setup.StopHostAsync();
        await using var bed = await EventStreamBed.StartAsync(Forwarding("00:10:00"), database, setup.Receiver);

        await bed.IngestTracksAsync("a", 2);
        await bed.WaitForAppliedAsync(2);
        await bed.IngestTracksAsync("b", 1);
        await bed.WaitForAppliedAsync(3);

        Assert.Equal(["a-0", "a-1", "b-0"], bed.AppliedMessageIds());
        Assert.Equal(0, bed.Receiver.BadSignatures);
        var last = await bed.LastEventIdAsync();
        Assert.Equal(last, (await bed.WaitForAsync(id, d => d.StreamPosition == last)).StreamPosition);
    }

    [Fact]
    public async Task Forwarder_DestinationAddedWhileRunning_PickedUpByThePoll()
    {
        await using var bed = await EventStreamBed.StartAsync(Forwarding("00:00:00.200"));
        await bed.AddDestinationAsync();

        // The forwarder started before the destination existed: its next poll lists it, and the first pass sends what waits.
        await bed.IngestTracksAsync("a", 1);
        await bed.WaitForAppliedAsync(1);

        Assert.Equal(["a-0"], bed.AppliedMessageIds());
    }

    [Fact]
    public async Task Forwarder_SlowReceiver_IngestionDoesNotWaitForIt()
    {
        await using var bed = await EventStreamBed.StartAsync(Forwarding("00:00:00.200"));
        await bed.AddDestinationAsync();
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Holding the receiver's request thread is crude, but it is exactly a receiver that does not answer.
        bed.Receiver.OnAccepted = _ =>
        {
            held.TrySetResult();
            release.Task.Wait(Ct);
        };
        await bed.IngestTracksAsync("a", 1);
        await held.Task.WaitAsync(Patience, Ct);

        // The receiver holds the first batch open; ingestion still answers at once.
        var ingest = bed.IngestTracksAsync("b", 5);
        await ingest.WaitAsync(TimeSpan.FromSeconds(5), Ct);
        release.SetResult();
        await bed.WaitForAppliedAsync(6);

        Assert.Equal(["a-0", "b-0", "b-1", "b-2", "b-3", "b-4"], bed.AppliedMessageIds());
    }

    [Fact]
    public async Task Forwarder_ReceiverDown_PausesTheDestinationAndIngestionGoesOn()
    {
        await using var bed = await EventStreamBed.StartAsync(Forwarding("00:00:00.100"));
        var id = await bed.AddDestinationAsync(url: new Uri("http://127.0.0.1:9/hook"));
        await bed.IngestTracksAsync("a", 1);

        var destination = await bed.WaitForAsync(id, d => d.PausedAt is not null);
        await bed.IngestTracksAsync("b", 1);

        Assert.NotNull(destination.PausedAt);
        Assert.Equal(3, destination.ConsecutiveFailures);
        Assert.Equal(3, (await bed.RunsAsync(id)).Count(r => r.Status == DestinationRunStatus.Failed));
    }

    [Fact]
    public async Task Forwarder_TurnedOffByConfiguration_ForwardsNothing()
    {
        await using var bed = await EventStreamBed.StartAsync(new Dictionary<string, string?>
        {
            ["Destinations:EventStream:Enabled"] = "false",
            ["Destinations:EventStream:PollInterval"] = "00:00:00.050",
        });
        var id = await bed.AddDestinationAsync();
        await bed.IngestTracksAsync("a", 1);

        // Forty poll intervals: a running forwarder would have sent it many times over.
        await Task.Delay(2000, Ct);

        Assert.Equal(0, bed.Receiver.Requests);
        Assert.Empty(await bed.RunsAsync(id));
        Assert.True((await bed.Host.Get<IngestionService>().IngestAsync(new TrackingRequest(TrackingRoute.Track,
            """{"userId":"u","event":"E"}"""u8.ToArray(), bed.WriteKey, null), Ct)).Accepted);
    }
}
