using Lodestar.Domain.Identity;
using Lodestar.Domain.Segments;
using Lodestar.Domain.Segments.Rules;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Segments;

public sealed class SegmentEventSyncServiceTests : IAsyncLifetime
{
    private const string ViewedPricing = """{"match":"all","children":[{"kind":"event","event":"Pricing"}]}""";
    private SegmentWorld _world = null!;

    public async ValueTask InitializeAsync() => _world = await SegmentWorld.StartAsync();

    public ValueTask DisposeAsync() => _world.DisposeAsync();

    private async Task<(string Names, List<long> Ids)> PreviewAsync(string rule)
    {
        var ids = await _world.Host.Get<SegmentPreviewService>().MembersAsync(SegmentRuleJson.Parse(rule), null, SegmentWorld.Ct);
        return (await _world.NamesAsync(ids), ids);
    }

    [Fact]
    public async Task CatchUp_AfterResolution_EveryTrackPageAndScreenEventWithItsProfile()
    {
        // A browser library's page view: its user agent must not reach the rows rules read.
        await _world.SendAsync("""{"type":"page","anonymousId":"anon-dave","name":"Pricing","timestamp":"2026-03-30T09:00:00Z","context":{"userAgent":"Mozilla/5.0"}}""");
        await using var db = _world.Host.CreateDbContext();
        var named = await db.Events.CountAsync(e => e.Name != null, SegmentWorld.Ct);

        var rows = await db.SegmentEvents.ToListAsync(SegmentWorld.Ct);
        var links = await db.EventProfiles.ToDictionaryAsync(l => l.EventId, l => l.ProfileId, SegmentWorld.Ct);

        Assert.Equal(named, rows.Count);
        Assert.All(rows, r => Assert.Equal(links[r.EventId], r.ProfileId));
        Assert.DoesNotContain(rows, r => r.Props.Contains("userAgent", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CatchUp_MessageWithSoftwareDetails_PropsAsSegmentEventPropsCutsThem()
    {
        await _world.SendAsync("""
            {"type":"track","userId":"alice","event":"Coupon Applied","timestamp":"2026-03-30T10:00:00Z",
             "properties":{"code":"SPRING","amount":5.5,"tags":["a","b"]},
             "context":{"userAgent":"Mozilla/5.0","library":{"name":"analytics.js"},"ip":"192.0.2.9","traits":{"email":"a@example.com"},
                        "campaign":{"source":"google","medium":"cpc"},"page":{"path":"/cart"},"locale":"en-GB"}}
            """);
        await using var db = _world.Host.CreateDbContext();

        var row = await db.SegmentEvents.SingleAsync(e => e.Name == "Coupon Applied", SegmentWorld.Ct);
        var raw = await db.Events.Where(e => e.Id == row.EventId).Select(e => e.Raw).SingleAsync(SegmentWorld.Ct);

        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(Lodestar.Domain.Segments.Facts.SegmentEventProps.Extract(raw)),
            System.Text.Json.Nodes.JsonNode.Parse(row.Props)), row.Props);
        Assert.DoesNotContain("Mozilla", row.Props, StringComparison.Ordinal);
        Assert.Contains("\"campaign\":{\"source\":\"google\"", row.Props, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_AnonymousViewerSignsIn_EventsOfBothProfilesBelongToTheSurvivor()
    {
        const string viewedAndSignedUp = """{"match":"all","children":[{"kind":"event","event":"Pricing"},{"kind":"event","event":"Signed Up"}]}""";
        await _world.SendAsync("""{"type":"page","anonymousId":"anon-gina","name":"Pricing","timestamp":"2026-03-30T09:00:00Z"}""",
            """{"type":"track","userId":"gina","event":"Signed Up","timestamp":"2026-03-30T09:30:00Z"}""");
        var before = await PreviewAsync(viewedAndSignedUp);

        await _world.SendAsync("""{"type":"identify","userId":"gina","anonymousId":"anon-gina","timestamp":"2026-03-30T10:00:00Z"}""");
        var after = await PreviewAsync(viewedAndSignedUp);

        Assert.Equal("", before.Names);
        Assert.Equal("gina", after.Names);
        await using var db = _world.Host.CreateDbContext();
        var living = await db.Profiles.Where(p => p.MergedIntoId == null).Select(p => p.Id).ToListAsync(SegmentWorld.Ct);
        Assert.Empty(await db.SegmentEvents.Where(e => !living.Contains(e.ProfileId)).ToListAsync(SegmentWorld.Ct));
    }

    [Fact]
    public async Task Rebuild_AfterMerges_SameMembersAsBefore()
    {
        await _world.SendAsync("""{"type":"page","anonymousId":"anon-gina","name":"Pricing","timestamp":"2026-03-30T09:00:00Z"}""",
            """{"type":"identify","userId":"gina","anonymousId":"anon-gina","timestamp":"2026-03-30T10:00:00Z"}""");
        var before = await PreviewAsync(ViewedPricing);

        await _world.Host.Get<IdentityResolutionService>().RebuildAsync(null, SegmentWorld.Ct);
        await _world.Host.Get<IdentityResolutionService>().CatchUpSegmentEventsAsync(SegmentWorld.Ct);
        var after = await PreviewAsync(ViewedPricing);

        Assert.Equal(before.Ids, after.Ids);
        await using var db = _world.Host.CreateDbContext();
        var links = await db.EventProfiles.ToDictionaryAsync(l => l.EventId, l => l.ProfileId, SegmentWorld.Ct);
        Assert.All(await db.SegmentEvents.ToListAsync(SegmentWorld.Ct), r => Assert.Equal(links[r.EventId], r.ProfileId));
    }
}
