using System.Net;
using Lodestar.Domain.Destinations;
using Lodestar.Domain.Destinations.EventStream;

namespace Lodestar.Domain.Tests.Destinations.EventStream;

/// <summary>Passes that cannot deliver: retries, refusals, the circuit breaker, unusable settings.</summary>
public sealed class EventStreamServiceFailureTests
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task ForwardAsync_ReceiverAnswers500ThenOk_DeliveredOnceAndSucceeded()
    {
        await using var bed = await EventStreamBed.StartAsync();
        var id = await bed.AddDestinationAsync();
        await bed.IngestTracksAsync("a", 3);
        bed.Receiver.Script.Enqueue((HttpStatusCode.InternalServerError, null));

        var run = await bed.Stream.ForwardAsync(id, Ct);

        Assert.Equal(2, bed.Receiver.Requests);
        Assert.Equal(["a-0", "a-1", "a-2"], bed.AppliedMessageIds());
        Assert.Equal(DestinationRunStatus.Succeeded, run!.Status);
        Assert.Equal(0, (await bed.DestinationAsync(id)).ConsecutiveFailures);
    }

    [Fact]
    public async Task ForwardAsync_ReceiverRefuses_FailedRunWithTheResponseAndPositionKept()
    {
        await using var bed = await EventStreamBed.StartAsync();
        var id = await bed.AddDestinationAsync();
        var start = (await bed.DestinationAsync(id)).StreamPosition;
        await bed.IngestTracksAsync("a", 2);
        bed.Receiver.Script.Enqueue((HttpStatusCode.BadRequest, null));

        var run = await bed.Stream.ForwardAsync(id, Ct);

        Assert.NotNull(run);
        Assert.Equal((DestinationRunStatus.Failed, 0, 2), (run.Status, run.Sent, run.Failed));
        Assert.Contains("HTTP 400", run.Error);
        Assert.Contains("scripted failure", run.Error);
        var destination = await bed.DestinationAsync(id);
        Assert.Equal((start, 1, null), (destination.StreamPosition, destination.ConsecutiveFailures, destination.PausedAt));
    }

    [Fact]
    public async Task ForwardAsync_ReceiverDown_PausedAfterFailedRunsBeforePauseThenResumedDeliversEverything()
    {
        await using var bed = await EventStreamBed.StartAsync();
        var down = new Uri("http://127.0.0.1:9/hook");
        var id = await bed.AddDestinationAsync(url: down);
        await bed.IngestTracksAsync("a", 2);

        for (var pass = 0; pass < 3; pass++)
            Assert.Equal(DestinationRunStatus.Failed, (await bed.Stream.ForwardAsync(id, Ct))!.Status);
        var paused = await bed.DestinationAsync(id);
        var afterPause = await bed.Stream.ForwardAsync(id, Ct);

        Assert.Equal(3, paused.ConsecutiveFailures);
        Assert.NotNull(paused.PausedAt);
        Assert.Contains("3 forwarding passes in a row failed", paused.PausedReason);
        Assert.Contains("Could not reach the destination", paused.PausedReason);
        Assert.Null(afterPause);
        Assert.Equal(3, (await bed.RunsAsync(id)).Count);
        Assert.DoesNotContain(id, await bed.Stream.ForwardableAsync(Ct));

        await bed.IngestTracksAsync("b", 1);
        await bed.ChangeAsync(id, d =>
        {
            d.PausedAt = null;
            d.ConsecutiveFailures = 0;
            d.Settings = DestinationSettings.Write(new Dictionary<string, string> { ["url"] = bed.Receiver.Url });
        });
        await bed.Stream.ForwardAsync(id, Ct);
        Assert.Equal(["a-0", "a-1", "b-0"], bed.AppliedMessageIds());
    }

    [Fact]
    public async Task ForwardAsync_SuccessAfterFailures_ResetsTheCount()
    {
        await using var bed = await EventStreamBed.StartAsync();
        var id = await bed.AddDestinationAsync();
        await bed.IngestTracksAsync("a", 1);
        bed.Receiver.Script.Enqueue((HttpStatusCode.BadRequest, null));
        await bed.Stream.ForwardAsync(id, Ct);

        var run = await bed.Stream.ForwardAsync(id, Ct);

        Assert.Equal(DestinationRunStatus.Succeeded, run!.Status);
        Assert.Equal(0, (await bed.DestinationAsync(id)).ConsecutiveFailures);
        Assert.Equal(["a-0"], bed.AppliedMessageIds());
    }

    [Theory]
    [InlineData(null, "signing secret")]
    [InlineData("not-a-protected-payload", "cannot be decrypted")]
    public async Task ForwardAsync_SecretMissingOrUnreadable_FailsAndCountsWithoutSending(string? protectedSecrets, string expected)
    {
        await using var bed = await EventStreamBed.StartAsync();
        var id = await bed.AddDestinationAsync();
        await bed.ChangeAsync(id, d => d.ProtectedSecrets = protectedSecrets);
        await bed.IngestTracksAsync("a", 1);

        var run = await bed.Stream.ForwardAsync(id, Ct);

        Assert.Equal(DestinationRunStatus.Failed, run!.Status);
        Assert.Contains(expected, run.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, bed.Receiver.Requests);
        Assert.Equal(1, (await bed.DestinationAsync(id)).ConsecutiveFailures);
    }

    [Fact]
    public async Task ForwardAsync_NotAnEventDestination_RefusedWithWhy()
    {
        await using var bed = await EventStreamBed.StartAsync();
        var id = await bed.AddDestinationAsync();
        await bed.ChangeAsync(id, d => d.Type = DestinationType.AudienceWebhook);

        var error = await Assert.ThrowsAsync<DomainValidationException>(() => bed.Stream.ForwardAsync(id, Ct));

        Assert.Contains("only event-webhook destinations forward events", error.Message);
    }

    [Fact]
    public async Task ForwardAsync_UnknownDestination_ScheduledNullManualNotFound()
    {
        await using var bed = await EventStreamBed.StartAsync();

        Assert.Null(await bed.Stream.ForwardAsync(404, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => bed.Stream.ForwardAsync(404, DestinationRunTrigger.Manual, Ct));
    }
}
