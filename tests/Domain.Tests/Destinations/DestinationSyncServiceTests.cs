using System.Diagnostics;
using System.Net;
using Lodestar.Domain.Destinations;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Destinations;

/// <summary>Audience syncs to a real local webhook receiver over real SQLite: full then diff, retries, crash and resume.</summary>
public sealed class DestinationSyncServiceTests
{
    private static CancellationToken Ct => DestinationWorld.Ct;

    [Fact]
    public async Task SyncConnectionAsync_FirstSync_SendsWholeAudienceInSignedBatches()
    {
        await using var w = await DestinationWorld.StartAsync(profiles: 25, batchSize: 10);

        var run = await w.SyncAsync();

        Assert.Equal((DestinationRunStatus.Succeeded, true, 25, 25, 0), (run!.Status, run.Full, run.Planned, run.Sent, run.Failed));
        Assert.Equal(3, w.Receiver.Accepted.Count);
        Assert.Equal(0, w.Receiver.BadSignatures);
        Assert.Equal(Enumerable.Range(1, 25).Select(i => ("audience_entered", (long)i)), w.Received().OrderBy(r => r.ProfileId));
        var first = w.Receiver.Accepted.First().Body["events"]![0]!;
        Assert.Equal("p1@example.com", first["identifiers"]!["email"]![0]!.GetValue<string>());
        Assert.Equal("Name 1", first["traits"]!["FNAME"]!.GetValue<string>());
        Assert.Equal(Enumerable.Range(1, 25).Select(i => (long)i), await w.HeldAsync());
    }

    [Fact]
    public async Task SyncConnectionAsync_MembersChanged_SendsOnlyEnteredAndExited()
    {
        await using var w = await DestinationWorld.StartAsync(profiles: 25, batchSize: 10);
        await w.SetMembersAsync(Enumerable.Range(1, 20).Select(i => (long)i));
        await w.SyncAsync();
        while (w.Receiver.Accepted.TryDequeue(out _))
        {
        }

        await w.SetMembersAsync(Enumerable.Range(6, 20).Select(i => (long)i));
        var run = await w.SyncAsync();

        Assert.Equal((false, 10, 10), (run!.Full, run.Planned, run.Sent));
        Assert.Equal(
            Enumerable.Range(21, 5).Select(i => ("audience_entered", (long)i)).Concat(Enumerable.Range(1, 5).Select(i => ("audience_exited", (long)i))),
            w.Received());
        // An exit carries what the member's entry sent, so the receiver can find the member.
        var exit = w.Receiver.Accepted.Last().Body["events"]![0]!;
        Assert.Equal("p1@example.com", exit["identifiers"]!["email"]![0]!.GetValue<string>());
        Assert.Equal(Enumerable.Range(6, 20).Select(i => (long)i), await w.HeldAsync());
    }

    [Fact]
    public async Task SyncConnectionAsync_RunTwice_SecondSendsNothing()
    {
        await using var w = await DestinationWorld.StartAsync();
        await w.SyncAsync();
        var requests = w.Receiver.Requests;

        var second = await w.SyncAsync();

        Assert.Equal((DestinationRunStatus.Succeeded, 0, 0), (second!.Status, second.Planned, second.Sent));
        Assert.Equal(requests, w.Receiver.Requests);
    }

    [Fact]
    public async Task SyncConnectionAsync_ServerErrorsThenSuccess_RetriesAndDeliversOnce()
    {
        await using var w = await DestinationWorld.StartAsync(profiles: 5);
        w.Receiver.Script.Enqueue((HttpStatusCode.InternalServerError, null));
        w.Receiver.Script.Enqueue((HttpStatusCode.BadGateway, null));

        var run = await w.SyncAsync();

        Assert.Equal((DestinationRunStatus.Succeeded, 5), (run!.Status, run.Sent));
        Assert.Equal(3, w.Receiver.Requests);
        Assert.Single(w.Receiver.Accepted);
    }

    [Fact]
    public async Task SyncConnectionAsync_TooManyRequestsWithRetryAfter_WaitsThenDelivers()
    {
        await using var w = await DestinationWorld.StartAsync(profiles: 5);
        w.Receiver.Script.Enqueue((HttpStatusCode.TooManyRequests, 1));
        var clock = Stopwatch.StartNew();

        var run = await w.SyncAsync();

        Assert.Equal(5, run!.Sent);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"Retried after {clock.Elapsed.TotalSeconds:F2} s, before the 1 s Retry-After.");
        Assert.Equal(2, w.Receiver.Requests);
    }

    [Fact]
    public async Task SyncConnectionAsync_CrashMidwayThenAgain_ResumesWithoutDuplicatesOrGaps()
    {
        await using var w = await DestinationWorld.StartAsync(profiles: 45, batchSize: 10);
        using var crash = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var accepted = 0;
        // The receiver applies the second batch, then the sender "dies" before it records the answer.
        w.Receiver.OnAccepted = _ =>
        {
            if (Interlocked.Increment(ref accepted) == 2)
                crash.Cancel();
        };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => w.SyncAsync(crash.Token));
        w.Receiver.OnAccepted = null;

        var resumed = await w.SyncAsync();

        Assert.Equal((DestinationRunStatus.Succeeded, 45, 45), (resumed!.Status, resumed.Planned, resumed.Sent));
        Assert.Equal(Enumerable.Range(1, 45).Select(i => (long)i), w.Received().Select(r => r.ProfileId).Order());
        Assert.Equal(1, w.Receiver.Duplicates);
        await using var db = w.Host.CreateDbContext();
        Assert.Equal(1, await db.DestinationRuns.CountAsync(Ct));
        Assert.Equal(45, await db.DestinationLedger.CountAsync(e => e.Status == LedgerStatus.Sent, Ct));
    }

    [Fact]
    public async Task SyncConnectionAsync_OneBatchRefused_PartlyFailedAndRetriedNextRun()
    {
        await using var w = await DestinationWorld.StartAsync(profiles: 25, batchSize: 10);
        w.Receiver.Script.Enqueue((HttpStatusCode.BadRequest, null));

        var first = await w.SyncAsync();
        var second = await w.SyncAsync();

        Assert.Equal((DestinationRunStatus.PartlyFailed, 15, 10), (first!.Status, first.Sent, first.Failed));
        Assert.Contains("HTTP 400", first.Error);
        Assert.Equal((DestinationRunStatus.Succeeded, false, 10, 10), (second!.Status, second.Full, second.Planned, second.Sent));
        Assert.Equal(25, (await w.HeldAsync()).Count);
    }

    [Fact]
    public async Task SyncConnectionAsync_DestinationDown_PausedByCircuitBreakerUntilResumed()
    {
        await using var w = await DestinationWorld.StartAsync(profiles: 5, failedRunsBeforePause: 2);
        w.Receiver.Down = true;

        var first = await w.SyncAsync();
        var second = await w.SyncAsync();
        var whilePaused = await w.SyncAsync();
        var scheduled = await w.Syncs.SyncConnectionAsync(w.ConnectionId, DestinationRunTrigger.Schedule, null, Ct);

        Assert.Equal(DestinationRunStatus.Failed, first!.Status);
        Assert.Contains("503", first.Error);
        Assert.Equal(DestinationRunStatus.Failed, second!.Status);
        var paused = await w.DestinationAsync();
        Assert.NotNull(paused.PausedAt);
        Assert.Contains("2 syncs in a row failed", paused.PausedReason);
        Assert.Equal(DestinationRunStatus.Skipped, whilePaused!.Status);
        Assert.Contains("paused", whilePaused.Error);
        Assert.Null(scheduled);

        w.Receiver.Down = false;
        await w.Host.Get<DestinationService>().ResumeAsync(w.DestinationId, "test", Ct);
        var after = await w.SyncAsync();
        Assert.Equal((DestinationRunStatus.Succeeded, true, 5), (after!.Status, after.Full, after.Sent));
        Assert.Equal(0, (await w.DestinationAsync()).ConsecutiveFailures);
    }

    [Fact]
    public async Task ReplayAsync_SentRun_SendsTheSamePayloadsAgain()
    {
        await using var w = await DestinationWorld.StartAsync(profiles: 12, batchSize: 10);
        var original = await w.SyncAsync();
        var before = w.Receiver.Accepted.Select(b => b.Body["events"]!.ToJsonString()).ToList();

        var replay = await w.Syncs.ReplayAsync(original!.Id, null, Ct);

        Assert.Equal((DestinationRunTrigger.Replay, DestinationRunStatus.Succeeded, 12), (replay.Trigger, replay.Status, replay.Sent));
        var after = w.Receiver.Accepted.Skip(before.Count).SelectMany(b => b.Body["events"]!.AsArray())
            .Select(e => (e!["profileId"]!.GetValue<long>(), e["identifiers"]!.ToJsonString(), e["traits"]!.ToJsonString())).ToList();
        var sent = w.Receiver.Accepted.Take(before.Count).SelectMany(b => b.Body["events"]!.AsArray())
            .Select(e => (e!["profileId"]!.GetValue<long>(), e["identifiers"]!.ToJsonString(), e["traits"]!.ToJsonString())).ToList();
        Assert.Equal(sent, after);
    }
}
