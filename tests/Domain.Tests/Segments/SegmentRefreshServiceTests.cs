using Lodestar.Domain.Data;
using Lodestar.Domain.Segments;
using Lodestar.Domain.Segments.Rules;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Segments;

public sealed class SegmentRefreshServiceTests : IAsyncLifetime
{
    private SegmentWorld _world = null!;

    public async ValueTask InitializeAsync() => _world = await SegmentWorld.StartAsync();

    public ValueTask DisposeAsync() => _world.DisposeAsync();

    private Task<Segment> SaveAsync(string name, string rule) => _world.Host.Get<SegmentService>()
        .CreateAsync(new SegmentDraft(name, null, SegmentRuleJson.Parse(rule), 60), "marketer@example.com", SegmentWorld.Ct);

    private Task<SegmentRefresh> RefreshAsync(long id) => _world.Host.Get<SegmentRefreshService>().RefreshAsync(id, SegmentWorld.Ct);

    private async Task<string> MembersAsync(long segmentId)
    {
        await using var db = _world.Host.CreateDbContext();
        return await _world.NamesAsync(await db.SegmentMembers.Where(m => m.SegmentId == segmentId).Select(m => m.ProfileId).ToListAsync(SegmentWorld.Ct));
    }

    [Fact]
    public async Task RefreshAsync_Twice_SecondRecordsNoEntriesOrExits()
    {
        var segment = await SaveAsync("Pro", """{"match":"all","children":[{"kind":"trait","trait":"plan","test":{"type":"string","operator":"equals","value":"pro"}}]}""");

        var first = await RefreshAsync(segment.Id);
        var second = await RefreshAsync(segment.Id);

        Assert.Equal((2, 2, 0, SegmentRefreshStatus.Done), (first.Size, first.Entered, first.Exited, first.Status));
        Assert.Equal((2, 0, 0, SegmentRefreshStatus.Done), (second.Size, second.Entered, second.Exited, second.Status));
        await using var db = _world.Host.CreateDbContext();
        Assert.Equal(2, await db.SegmentMembershipChanges.CountAsync(c => c.SegmentId == segment.Id, SegmentWorld.Ct));
        var stored = await db.Segments.SingleAsync(s => s.Id == segment.Id, SegmentWorld.Ct);
        Assert.Equal((SegmentStatus.Live, 2, SegmentWorld.Now), (stored.Status, stored.Size, stored.LastComputedAt));
    }

    [Fact]
    public async Task RefreshAsync_TimePassesAndSomeoneOrders_LogsWhoEnteredAndExited()
    {
        var segment = await SaveAsync("Recent buyers", """{"match":"all","children":[{"kind":"event","event":"Order Completed","window":{"lastDays":7}}]}""");
        await RefreshAsync(segment.Id);
        var before = await MembersAsync(segment.Id);

        _world.Clock.Advance(TimeSpan.FromDays(5));
        await _world.SendAsync("""{"type":"track","userId":"carol","event":"Order Completed","timestamp":"2026-04-04T10:00:00Z","properties":{"revenue":40}}""");
        var refresh = await RefreshAsync(segment.Id);

        Assert.Equal("alice,bob,erin", before);
        Assert.Equal("bob,carol,erin", await MembersAsync(segment.Id));
        Assert.Equal((1, 1), (refresh.Entered, refresh.Exited));
        await using var db = _world.Host.CreateDbContext();
        var log = await db.SegmentMembershipChanges.Where(c => c.RefreshId == refresh.Id).ToListAsync(SegmentWorld.Ct);
        Assert.Equal("carol", await _world.NamesAsync(log.Where(c => c.Entered).Select(c => c.ProfileId)));
        Assert.Equal("alice", await _world.NamesAsync(log.Where(c => !c.Entered).Select(c => c.ProfileId)));
        Assert.All(log, c => Assert.Equal(_world.Clock.Now.UtcDateTime, c.At));
    }

    [Fact]
    public async Task RefreshAsync_RuleNamesDeletedStage_FailsWithReasonAndKeepsMembers()
    {
        var segment = await SaveAsync("Everyone", """{"match":"all","children":[]}""");
        await RefreshAsync(segment.Id);
        await using (var db = _world.Host.CreateDbContext())
            await db.Segments.Where(s => s.Id == segment.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Definition,
                """{"match":"all","children":[{"kind":"crm","field":"dealStage","stageId":999}]}"""), SegmentWorld.Ct);

        var refresh = await RefreshAsync(segment.Id);

        Assert.Equal(SegmentRefreshStatus.Failed, refresh.Status);
        Assert.Contains("there is no deal stage 999", refresh.Error);
        await using var check = _world.Host.CreateDbContext();
        var stored = await check.Segments.SingleAsync(s => s.Id == segment.Id, SegmentWorld.Ct);
        Assert.Equal(SegmentStatus.Failed, stored.Status);
        Assert.Contains("there is no deal stage 999", stored.StatusReason);
        Assert.Equal("alice,bob,carol,dave,erin,frank", await MembersAsync(segment.Id));
    }

    [Fact]
    public async Task RefreshAsync_SegmentDeletedAsTheRefreshStarts_ThrowsNotFoundAndLeavesNoRefresh()
    {
        var segment = await SaveAsync("Short-lived", """{"match":"all","children":[]}""");
        var contexts = new DeletingBeforeFirstSave(_world.Host.Get<IDbContextFactory<PortalDbContext>>(), segment.Id);
        var service = new SegmentRefreshService(contexts, _world.Host.Get<SegmentPreviewService>(), _world.Clock);

        await Assert.ThrowsAsync<NotFoundException>(() => service.RefreshAsync(segment.Id, SegmentWorld.Ct));

        Assert.True(contexts.Deleted);
        await using var db = _world.Host.CreateDbContext();
        Assert.False(await db.SegmentRefreshes.AnyAsync(r => r.SegmentId == segment.Id, SegmentWorld.Ct));
    }

    [Fact]
    public async Task CreateStatic_CsvOfIdentifiers_MembersAreTheirProfilesAndBadCellsAreReported()
    {
        var csv = "email,user_id,phone\nALICE@example.com,,\n,bob,\n,,12\n,nobody,\n";

        var report = await _world.Host.Get<StaticSegmentService>().CreateAsync("Uploaded", null, new StringReader(csv), "marketer@example.com", SegmentWorld.Ct);
        var refresh = await RefreshAsync(report.Segment.Id);

        Assert.Equal((3, 2), (report.Identifiers, report.Matched));
        Assert.Equal("Row 4, phone: '12' is not a usable phone (invalid, or a blocked placeholder value).", Assert.Single(report.Rejected));
        Assert.Equal(2, refresh.Size);
        Assert.Equal("alice,bob", await MembersAsync(report.Segment.Id));
    }

    [Fact]
    public async Task CreateStatic_UnknownColumn_RefusedNamingTheTypes()
    {
        var error = await Assert.ThrowsAsync<DomainValidationException>(() => _world.Host.Get<StaticSegmentService>()
            .CreateAsync("Bad", null, new StringReader("shoe size\n42\n"), "m", SegmentWorld.Ct));

        Assert.StartsWith("The column 'shoe size' is not an identifier type; name each column after one: ", error.Errors["file"][0]);
    }
}
