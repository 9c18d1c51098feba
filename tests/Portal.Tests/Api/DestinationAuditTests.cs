using System.Net.Http.Json;
using Lodestar.Portal.Client.Features.Audit;
using Lodestar.Portal.Client.Features.Destinations;
using Lodestar.Portal.Client.Features.Segments;
using Lodestar.Portal.Tests.Infrastructure;

namespace Lodestar.Portal.Tests.Api;

/// <summary>Destination changes made through <c>/api/destinations</c> land in the audit log, secrets named but never shown.</summary>
[Collection(PortalCollection.Name)]
public sealed class DestinationAuditTests(SharedPortal portal)
{
    private const string Secret = "a-signing-secret-of-32-characters";
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task Hooks_DestinationLifecycle_OneEntryPerChangeNamingTheDestination()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        using var admin = portal.CreateApiClient();
        var segment = await ApiCalls.ReadAsync<SegmentDto>(admin.PostAsync("/api/segments", Json.Body($$$"""
            {"name":"Audited {{{tag}}}","refreshMinutes":60,"rule":{"match":"all","children":[
              {"kind":"trait","trait":"cohort","test":{"type":"string","operator":"equals","value":"{{{tag}}}"}}]}}
            """), Ct));
        DestinationInput Input(bool enabled, string? secret) => new($"Audited hook {tag}", "audience-webhook", enabled,
            new Dictionary<string, string> { ["url"] = "http://127.0.0.1:9/in" },
            secret is null ? null : new Dictionary<string, string> { ["signingSecret"] = secret }, null, null, null);

        var destination = await ApiCalls.ReadAsync<DestinationDto>(admin.PostAsJsonAsync("/api/destinations", Input(false, Secret), Ct));
        await ApiCalls.SendAsync(admin.PutAsJsonAsync($"/api/destinations/{destination.Id}", Input(false, Secret + "-rotated"), Ct));
        var connection = await ApiCalls.ReadAsync<DestinationConnectionDto>(admin.PostAsJsonAsync($"/api/destinations/{destination.Id}/connections",
            new ConnectionInput(segment.Id, [], 60, true), Ct));
        await ApiCalls.SendAsync(admin.PutAsJsonAsync($"/api/destinations/{destination.Id}/connections/{connection.Id}", new ConnectionInput(segment.Id, [], 0, false), Ct));
        var sync = await ApiCalls.ReadAsync<SyncStartedDto>(admin.PostAsync($"/api/destinations/{destination.Id}/sync", null, Ct));
        await portal.WaitForJobAsync(sync.JobId);
        await ApiCalls.SendAsync(admin.DeleteAsync($"/api/destinations/{destination.Id}/connections/{connection.Id}", Ct));
        await ApiCalls.SendAsync(admin.DeleteAsync($"/api/destinations/{destination.Id}", Ct));

        var entries = (await admin.GetFromJsonAsync<AuditPageDto>($"/api/audit?q=Audited%20hook%20{tag}&take=50", Ct))!.Items.Reverse().ToList();
        Assert.Equal(
        [
            "destination.created", "destination.updated", "destination.segment-connected", "destination.connection-updated",
            "destination.sync-started", "destination.segment-disconnected", "destination.deleted",
        ], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(("destination", destination.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (e.TargetType, e.TargetId)));
        Assert.Equal("audience-webhook, disabled", entries[0].Detail);
        Assert.Equal("disabled; secrets changed: signingSecret", entries[1].Detail);
        Assert.Equal($"segment {segment.Id} (Audited {tag}), every 60 min, enabled", entries[2].Detail);
        Assert.Equal($"segment {segment.Id} (Audited {tag}), on demand, paused", entries[3].Detail);
        Assert.Equal($"all, job {sync.JobId}", entries[4].Detail);
        Assert.DoesNotContain(entries, e => e.Detail?.Contains(Secret, StringComparison.Ordinal) == true);
    }
}
