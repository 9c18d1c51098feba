using System.Net;
using System.Net.Http.Json;
using Lodestar.Domain.Accounts;
using Lodestar.Portal.Client.Features.Destinations;
using Lodestar.Portal.Tests.Infrastructure;
using Lodestar.Testing.Receivers;

namespace Lodestar.Portal.Tests.Destinations;

[Collection(PortalCollection.Name)]
public sealed class EventStreamTrackingTests(SharedPortal portal)
{
    private const string Secret = "portal-test-signing-secret";
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task PostTrack_EventDestinationCreatedOverTheApi_ReceiverGetsTheMessageSignedAndTheRunSaysSo()
    {
        await using var receiver = await WebhookReceiver.StartAsync(Secret);
        var tag = Guid.NewGuid().ToString("N")[..10];
        // Only this test's event name, so what other tests send to the shared portal does not reach this receiver.
        var eventName = $"Checkout {tag}";
        using var marketer = await portal.CreateApiClientAsync(PortalRoleNames.Marketer, $"event stream {tag}");
        using var created = await marketer.PostAsJsonAsync("/api/destinations", new DestinationInput($"Stream {tag}", "event-webhook", true,
            new Dictionary<string, string> { ["url"] = receiver.Url, ["eventTypes"] = "track", ["eventNames"] = eventName },
            new Dictionary<string, string> { ["signingSecret"] = Secret }, null, null, null), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var destination = (await created.Content.ReadFromJsonAsync<DestinationDto>(Ct))!;
        try
        {
            var (status, _) = await portal.PostTrackingAsync("track",
                $$$"""{"userId":"stream-{{{tag}}}","event":"{{{eventName}}}","messageId":"stream-{{{tag}}}","properties":{"revenue":42}}""");

            Assert.Equal(HttpStatusCode.OK, status);
            // The forwarder lists new destinations every 2 s and forwards within a fraction of a second; a pass that
            // read only other tests' messages (skipped by the filter) may have recorded a run of its own before.
            var runs = await WaitForSentAsync(marketer, destination.Id);
            var batch = Assert.Single(receiver.Accepted);
            Assert.Equal(0, receiver.BadSignatures);
            var message = Assert.Single(batch.Messages);
            Assert.Equal(($"stream-{tag}", eventName, 42), (message["messageId"]!.GetValue<string>(), message["event"]!.GetValue<string>(),
                message["properties"]!["revenue"]!.GetValue<int>()));
            Assert.Equal("127.0.0.1", message["context"]!["ip"]!.GetValue<string>());
            var run = Assert.Single(runs.Runs, r => r.Sent > 0);
            Assert.Equal(("Succeeded", "Schedule", 1), (run.Status, run.Trigger, run.Sent));
        }
        finally
        {
            using var deleted = await marketer.DeleteAsync($"/api/destinations/{destination.Id}", Ct);
        }
    }

    [Fact]
    public async Task PostSyncThenReplay_EventDestination_ForwardsByEventRangeAndReplaySendsTheRangeAgain()
    {
        await using var receiver = await WebhookReceiver.StartAsync(Secret);
        var tag = Guid.NewGuid().ToString("N")[..10];
        var eventName = $"Replayed {tag}";
        using var marketer = await portal.CreateApiClientAsync(PortalRoleNames.Marketer, $"event replay {tag}");
        using var created = await marketer.PostAsJsonAsync("/api/destinations", new DestinationInput($"Replay {tag}", "event-webhook", true,
            new Dictionary<string, string> { ["url"] = receiver.Url, ["eventTypes"] = "track", ["eventNames"] = eventName },
            new Dictionary<string, string> { ["signingSecret"] = Secret }, null, null, null), Ct);
        var destination = (await created.Content.ReadFromJsonAsync<DestinationDto>(Ct))!;
        try
        {
            var (status, _) = await portal.PostTrackingAsync("track", $$$"""{"userId":"replay-{{{tag}}}","event":"{{{eventName}}}","messageId":"replay-{{{tag}}}"}""");
            Assert.Equal(HttpStatusCode.OK, status);
            // "Forward now" runs a pass at once; the background forwarder may have forwarded the message already.
            using var sync = await marketer.PostAsync($"/api/destinations/{destination.Id}/sync", null, Ct);
            Assert.Equal(HttpStatusCode.Accepted, sync.StatusCode);
            Assert.Equal("Succeeded", await portal.WaitForJobAsync((await sync.Content.ReadFromJsonAsync<SyncStartedDto>(Ct))!.JobId));
            // Other tests' messages reach the shared portal too: the filters skip them, in runs of their own or the same.
            await WaitForSentAsync(marketer, destination.Id);
            var first = Assert.Single((await marketer.GetFromJsonAsync<DestinationRunsDto>($"/api/destinations/{destination.Id}/runs", Ct))!.Runs, r => r.Sent == 1);
            Assert.True(first.FirstEventId <= first.LastEventId);
            Assert.Null(first.ConnectionId);

            using var replay = await marketer.PostAsync($"/api/destinations/{destination.Id}/runs/{first.Id}/replay", null, Ct);
            Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
            Assert.Equal("Succeeded", await portal.WaitForJobAsync((await replay.Content.ReadFromJsonAsync<SyncStartedDto>(Ct))!.JobId));

            var runs = (await marketer.GetFromJsonAsync<DestinationRunsDto>($"/api/destinations/{destination.Id}/runs", Ct))!.Runs;
            var replayed = Assert.Single(runs, r => r.Trigger == "Replay");
            Assert.Equal(("Succeeded", 1, first.FirstEventId, first.LastEventId), (replayed.Status, replayed.Sent, replayed.FirstEventId, replayed.LastEventId));
            var received = receiver.Accepted.ToArray();
            Assert.Equal(2, received.Length);
            Assert.All(received, b => Assert.Equal($"replay-{tag}", Assert.Single(b.Messages)["messageId"]!.GetValue<string>()));
            Assert.NotEqual(received[0].IdempotencyKey, received[1].IdempotencyKey);
        }
        finally
        {
            using var deleted = await marketer.DeleteAsync($"/api/destinations/{destination.Id}", Ct);
        }
    }

    [Fact]
    public async Task PostSync_DisabledEventDestination_RecordsASkippedRunSayingWhy()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        using var marketer = await portal.CreateApiClientAsync(PortalRoleNames.Marketer, $"event disabled {tag}");
        using var created = await marketer.PostAsJsonAsync("/api/destinations", new DestinationInput($"Off {tag}", "event-webhook", false,
            new Dictionary<string, string> { ["url"] = "http://127.0.0.1:9/never" },
            new Dictionary<string, string> { ["signingSecret"] = Secret }, null, null, null), Ct);
        var destination = (await created.Content.ReadFromJsonAsync<DestinationDto>(Ct))!;
        try
        {
            using var sync = await marketer.PostAsync($"/api/destinations/{destination.Id}/sync", null, Ct);
            Assert.Equal("Succeeded", await portal.WaitForJobAsync((await sync.Content.ReadFromJsonAsync<SyncStartedDto>(Ct))!.JobId));

            var run = Assert.Single((await marketer.GetFromJsonAsync<DestinationRunsDto>($"/api/destinations/{destination.Id}/runs", Ct))!.Runs);
            Assert.Equal(("Skipped", "Manual"), (run.Status, run.Trigger));
            Assert.Contains("disabled", run.Error, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            using var deleted = await marketer.DeleteAsync($"/api/destinations/{destination.Id}", Ct);
        }
    }

    /// <summary>The destination's runs once one of them has sent something (or after 30 s).</summary>
    private static async Task<DestinationRunsDto> WaitForSentAsync(HttpClient client, long destinationId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var runs = (await client.GetFromJsonAsync<DestinationRunsDto>($"/api/destinations/{destinationId}/runs", Ct))!;
            if (runs.Runs.Any(r => r.Sent > 0) || DateTime.UtcNow > deadline)
                return runs;
            await Task.Delay(100, Ct);
        }
    }
}
