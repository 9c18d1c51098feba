using System.Net;
using System.Net.Http.Json;
using Lodestar.Domain.Accounts;
using Lodestar.Portal.Client.Features.Destinations;
using Lodestar.Portal.Client.Features.Segments;
using Lodestar.Portal.Tests.Infrastructure;
using Lodestar.Testing.Receivers;

namespace Lodestar.Portal.Tests.Api;

[Collection(PortalCollection.Name)]
public sealed class DestinationEndpointsTests(SharedPortal portal)
{
    private const string Secret = "portal-test-signing-secret";
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task Destinations_CreateConnectPreviewSyncRunsLedgerReplay_OverHttp()
    {
        await using var receiver = await WebhookReceiver.StartAsync(Secret);
        var tag = Guid.NewGuid().ToString("N")[..10];
        using var marketer = await portal.CreateApiClientAsync(PortalRoleNames.Marketer, $"destinations {tag}");
        var segment = await CohortSegments.CreateAsync(portal, marketer, tag);

        using var created = await marketer.PostAsJsonAsync("/api/destinations", new DestinationInput($"Hook {tag}", "audience-webhook", true,
            new Dictionary<string, string> { ["url"] = receiver.Url }, new Dictionary<string, string> { ["signingSecret"] = Secret }, null, 2, null), Ct);
        var destination = (await created.Content.ReadFromJsonAsync<DestinationDto>(Ct))!;
        var raw = await marketer.GetStringAsync($"/api/destinations/{destination.Id}", Ct);
        using var connected = await marketer.PostAsJsonAsync($"/api/destinations/{destination.Id}/connections",
            new ConnectionInput(segment, [new FieldMappingDto("firstName", "FNAME")], 60, true), Ct);
        var connection = (await connected.Content.ReadFromJsonAsync<DestinationConnectionDto>(Ct))!;
        var preview = await marketer.GetFromJsonAsync<SyncPreviewDto>($"/api/destinations/{destination.Id}/preview?connectionId={connection.Id}", Ct);
        using var sync = await marketer.PostAsync($"/api/destinations/{destination.Id}/sync", null, Ct);
        var job = (await sync.Content.ReadFromJsonAsync<SyncStartedDto>(Ct))!;
        var state = await portal.WaitForJobAsync(job.JobId);
        var runs = await marketer.GetFromJsonAsync<DestinationRunsDto>($"/api/destinations/{destination.Id}/runs", Ct);
        var ledger = await marketer.GetFromJsonAsync<LedgerPageDto>($"/api/destinations/{destination.Id}/runs/{runs!.Runs[0].Id}/ledger?status=sent", Ct);
        using var replay = await marketer.PostAsync($"/api/destinations/{destination.Id}/runs/{runs.Runs[0].Id}/replay", null, Ct);
        var replayState = await portal.WaitForJobAsync((await replay.Content.ReadFromJsonAsync<SyncStartedDto>(Ct))!.JobId);
        var afterReplay = await marketer.GetFromJsonAsync<DestinationRunsDto>($"/api/destinations/{destination.Id}/runs", Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(["signingSecret"], destination.SecretsSet);
        Assert.DoesNotContain(Secret, raw);
        Assert.Equal(HttpStatusCode.OK, connected.StatusCode);
        Assert.Equal((true, 3, 0), (preview!.Full, preview.Adds, preview.Removes));
        Assert.Equal("Dora 1", preview.Sample[0].Fields["FNAME"]);
        Assert.Equal(HttpStatusCode.Accepted, sync.StatusCode);
        Assert.Equal("Succeeded", state);
        var run = Assert.Single(runs.Runs);
        Assert.Equal(("Succeeded", "Manual", 3, 3, segment), (run.Status, run.Trigger, run.Planned, run.Sent, Segment(run, connection)));
        Assert.Equal(3, ledger!.Total);
        Assert.Contains($"d1.{tag}@example.com", ledger.Entries[0].Payload);
        // Two batches of two at most, then the replay sends the same two again.
        Assert.Equal(4, receiver.Accepted.Count(b => b.Body["audience"]!["id"]!.GetValue<long>() == segment));
        Assert.Equal(("Succeeded", 2, "Replay"), (replayState, afterReplay!.Total, afterReplay.Runs[0].Trigger));
        Assert.Equal(0, receiver.BadSignatures);
    }

    [Fact]
    public async Task Create_BadSettings_ValidationProblemPerFieldAndNothingSaved()
    {
        using var client = portal.CreateApiClient();
        var name = $"Bad {Guid.NewGuid():N}";

        using var response = await client.PostAsJsonAsync("/api/destinations", new DestinationInput(name, "audience-webhook", true,
            new Dictionary<string, string> { ["url"] = "ftp://example.com", ["colour"] = "red" }, null, "sms", 0, null), Ct);
        using var unknownType = await client.PostAsJsonAsync("/api/destinations", new DestinationInput(name, "carrier-pigeon", true, null, null, null, null, null), Ct);
        var list = await client.GetFromJsonAsync<List<DestinationListItemDto>>("/api/destinations", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Json.ReadAsync(response))["errors"]!.AsObject();
        Assert.Equal(["batchSize", "colour", "requiredConsentCategory", "signingSecret", "url"], errors.Select(e => e.Key).Order());
        Assert.Contains("not an http:// or https:// URL", errors["url"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, unknownType.StatusCode);
        Assert.Contains("audience-webhook", (await Json.ReadAsync(unknownType))["errors"]!["type"]![0]!.GetValue<string>());
        Assert.DoesNotContain(list!, d => d.Name == name);
    }

    [Theory]
    [InlineData(PortalRoleNames.Sales)]
    [InlineData(PortalRoleNames.Executive)]
    public async Task List_RolesWithoutDestinations_Forbidden(string role)
    {
        using var client = await portal.CreateApiClientAsync(role, $"destinations {Guid.NewGuid():N}");

        using var response = await client.GetAsync("/api/destinations", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task GetJob_MarketerFollowsADestinationSyncButNotOtherJobs()
    {
        using var marketer = await portal.CreateApiClientAsync(PortalRoleNames.Marketer, $"jobs {Guid.NewGuid():N}");
        using var admin = portal.CreateApiClient();
        using var created = await admin.PostAsJsonAsync("/api/destinations", new DestinationInput($"Follow {Guid.NewGuid():N}", "csv-file", true,
            new Dictionary<string, string> { ["folder"] = "follow" }, null, null, null, null), Ct);
        var destination = (await created.Content.ReadFromJsonAsync<DestinationDto>(Ct))!;
        using var sync = await marketer.PostAsync($"/api/destinations/{destination.Id}/sync", null, Ct);
        var job = (await sync.Content.ReadFromJsonAsync<SyncStartedDto>(Ct))!;
        using var other = await admin.PostAsync("/api/jobs/economics/run", null, Ct);
        var otherJob = (await Json.ReadAsync(other))["jobId"]!.GetValue<string>();

        using var followed = await marketer.GetAsync($"/api/jobs/{job.JobId}", Ct);
        using var refused = await marketer.GetAsync($"/api/jobs/{otherJob}", Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, followed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("Succeeded", await portal.WaitForJobAsync(otherJob));
    }

    [Fact]
    public async Task Sync_UnknownDestination_NotFound()
    {
        using var client = portal.CreateApiClient();

        using var response = await client.PostAsync("/api/destinations/987654/sync", null, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static long Segment(DestinationRunDto run, DestinationConnectionDto connection) =>
        run.ConnectionId == connection.Id ? connection.SegmentId : -1;
}
