using Lodestar.Domain.Destinations;
using Lodestar.Domain.Destinations.EventStream;

namespace Lodestar.Domain.Tests.Destinations.EventStream;

/// <summary>What passes write in the run history.</summary>
public sealed class EventStreamServiceRunTests
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task ForwardAsync_Disabled_ScheduledDoesNothingManualRecordsWhy()
    {
        await using var bed = await EventStreamBed.StartAsync();
        var id = await bed.AddDestinationAsync(enabled: false);
        await bed.IngestTracksAsync("a", 1);

        var scheduled = await bed.Stream.ForwardAsync(id, Ct);
        var manual = await bed.Stream.ForwardAsync(id, DestinationRunTrigger.Manual, Ct);

        Assert.Null(scheduled);
        Assert.Equal((DestinationRunStatus.Skipped, DestinationRunTrigger.Manual), (manual!.Status, manual.Trigger));
        Assert.Contains("disabled", manual.Error);
        Assert.Equal(0, bed.Receiver.Requests);
    }

    [Fact]
    public async Task ForwardAsync_ScheduledPassesInTheWindow_AddToOneRunManualHasItsOwn()
    {
        await using var bed = await EventStreamBed.StartAsync();
        var id = await bed.AddDestinationAsync();
        await bed.IngestTracksAsync("a", 2);
        await bed.Stream.ForwardAsync(id, Ct);
        await bed.IngestTracksAsync("b", 3);
        await bed.Stream.ForwardAsync(id, Ct);
        await bed.IngestTracksAsync("c", 1);

        await bed.Stream.ForwardAsync(id, DestinationRunTrigger.Manual, Ct);

        var runs = await bed.RunsAsync(id);
        Assert.Equal([(DestinationRunTrigger.Schedule, 5), (DestinationRunTrigger.Manual, 1)], runs.Select(r => (r.Trigger, r.Sent)));
        Assert.Equal(runs[0].LastEventId + 1, runs[1].FirstEventId);
    }

    [Fact]
    public async Task ForwardAsync_WindowOver_StartsANewRun()
    {
        await using var bed = await EventStreamBed.StartAsync(new Dictionary<string, string?> { ["Destinations:EventStream:RunWindow"] = "00:00:00" });
        var id = await bed.AddDestinationAsync();
        await bed.IngestTracksAsync("a", 2);
        await bed.Stream.ForwardAsync(id, Ct);
        await bed.IngestTracksAsync("b", 1);

        await bed.Stream.ForwardAsync(id, Ct);

        Assert.Equal([2, 1], (await bed.RunsAsync(id)).Select(r => r.Sent));
    }
}
