using Lodestar.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Identity;

public sealed class IdentityDecisionServiceTests
{
    private static CancellationToken Ct => IdentityHarness.Ct;

    /// <summary>Ann and Bob share a family mailbox; Bob's browser once sent it, which merged them.</summary>
    private static async Task<IdentityHarness> SharedMailboxAsync()
    {
        var w = await IdentityHarness.StartAsync();
        await w.SendAsync(
            """{"type":"identify","anonymousId":"a-ann","traits":{"email":"smiths@example.com","name":"Ann Smith"}}""",
            """{"type":"identify","anonymousId":"a-bob","traits":{"phone":"+1 415 555 0100","name":"Bob Smith"}}""",
            """{"type":"track","anonymousId":"a-bob","event":"Newsletter Signup","properties":{"email":"smiths@example.com"}}""");
        await w.ResolveAsync();
        return w;
    }

    private static IdentityOverride EmailLink(string left, string right, string reason) => new()
    {
        Kind = IdentityOverrideKind.Link, LeftType = "email", LeftValue = left, RightType = "email", RightValue = right,
        CreatedAt = DateTime.UtcNow, CreatedBy = "admin", Reason = reason,
    };

    [Fact]
    public async Task UnmergeAsync_ThenRebuild_RestoresBothProfilesWithTheirOwnTraitsAndEvents()
    {
        await using var w = await SharedMailboxAsync();
        Assert.Single(await w.LivingProfilesAsync());
        long mergeId;
        await using (var db = w.Host.CreateDbContext())
            mergeId = (await db.ProfileMerges.SingleAsync(Ct)).Id;

        var separation = await w.Host.Get<IdentityDecisionService>().UnmergeAsync(1, new UnmergeTarget(mergeId), "admin@example.com", Ct);
        await w.Service.RebuildAsync(null, Ct);

        Assert.Equal(("email:smiths@example.com", "phone:+14155550100"), (separation.Left.ToString(), separation.Right.ToString()));
        Assert.Equal([1L, 2L], (await w.LivingProfilesAsync()).Select(p => p.Id));
        Assert.Equal(["anonymous_id:a-ann", "email:smiths@example.com"], await w.IdentifiersOfAsync(1));
        Assert.Equal(["anonymous_id:a-bob", "phone:+14155550100"], await w.IdentifiersOfAsync(2));
        await using var check = w.Host.CreateDbContext();
        Assert.Equal("\"Ann Smith\"", (await check.ProfileTraits.SingleAsync(t => t.ProfileId == 1 && t.Key == "name", Ct)).Value);
        Assert.Equal("\"Bob Smith\"", (await check.ProfileTraits.SingleAsync(t => t.ProfileId == 2 && t.Key == "name", Ct)).Value);
        // The newsletter signup carried the mailbox, so it stays with the mailbox's profile; Bob's browser id was dropped from it.
        Assert.Equal([1L, 3L], await check.EventProfiles.Where(e => e.ProfileId == 1).OrderBy(e => e.EventId).Select(e => e.EventId).ToListAsync(Ct));
        Assert.Equal([2L], await check.EventProfiles.Where(e => e.ProfileId == 2).Select(e => e.EventId).ToListAsync(Ct));
        var conflict = await check.IdentityConflicts.SingleAsync(Ct);
        Assert.Contains("kept apart", conflict.Reason, StringComparison.Ordinal);
        Assert.Empty(await check.ProfileMerges.ToListAsync(Ct));
    }

    [Fact]
    public async Task UnmergeAsync_LaterMessagesLinkingThemAgain_StayApartAndRebuildAgrees()
    {
        await using var w = await SharedMailboxAsync();
        await w.Host.Get<IdentityDecisionService>().UnmergeAsync(1, new UnmergeTarget(null, "email", "smiths@example.com"), "admin", Ct);
        await w.Service.RebuildAsync(null, Ct);

        await w.SendAsync(
            """{"type":"identify","anonymousId":"a-bob","traits":{"email":"smiths@example.com"}}""",
            """{"type":"track","anonymousId":"a-ann","event":"Viewed","properties":{"phone":"4155550100"}}""");
        await w.ResolveAsync();

        Assert.Equal(2, (await w.LivingProfilesAsync()).Count);
        var incremental = await w.SnapshotAsync();
        await w.Service.RebuildAsync(null, Ct);
        IdentityHarness.AssertSameSnapshot(incremental, await w.SnapshotAsync());
    }

    [Fact]
    public async Task UnmergeAsync_MergeNotInTheProfilesHistory_NotFoundAndNothingRecorded()
    {
        await using var w = await SharedMailboxAsync();
        var decisions = w.Host.Get<IdentityDecisionService>();

        await Assert.ThrowsAsync<NotFoundException>(() => decisions.UnmergeAsync(1, new UnmergeTarget(999), "admin", Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => decisions.UnmergeAsync(77, new UnmergeTarget(1), "admin", Ct));

        await using var db = w.Host.CreateDbContext();
        Assert.Empty(await db.IdentityOverrides.ToListAsync(Ct));
    }

    [Fact]
    public async Task UnmergeAsync_MergedAwayProfileOrTwice_ExplainsAndRecordsOnce()
    {
        await using var w = await SharedMailboxAsync();
        var decisions = w.Host.Get<IdentityDecisionService>();

        var mergedAway = await Assert.ThrowsAsync<DomainValidationException>(() => decisions.UnmergeAsync(2, new UnmergeTarget(1), "admin", Ct));
        await decisions.UnmergeAsync(1, new UnmergeTarget(1), "admin", Ct);
        var twice = await Assert.ThrowsAsync<DomainValidationException>(() => decisions.UnmergeAsync(1, new UnmergeTarget(1), "admin", Ct));

        Assert.Contains("part of profile 1", mergedAway.Message, StringComparison.Ordinal);
        Assert.Contains("already undone", twice.Message, StringComparison.Ordinal);
        await using var db = w.Host.CreateDbContext();
        Assert.Single(await db.IdentityOverrides.ToListAsync(Ct));
    }

    [Fact]
    public async Task LinkAsync_TwoProfilesThenMoreEvents_MergedNowAndRebuildGivesTheSame()
    {
        await using var w = await IdentityHarness.StartAsync();
        await w.SendAsync(
            """{"type":"identify","userId":"u-joe","traits":{"email":"joe@example.com","name":"Joe Smith"}}""",
            """{"type":"identify","anonymousId":"a-joseph","traits":{"email":"jsmith@work.example","name":"Joseph Smith"}}""");
        await w.ResolveAsync();
        var link = EmailLink("joe@example.com", "jsmith@work.example", "duplicate suggestion 1 accepted");

        await w.Service.LinkAsync(link, _ => { }, Ct);
        await w.SendAsync("""{"type":"track","anonymousId":"a-joseph","event":"Order Completed"}""");
        await w.ResolveAsync();

        var profile = Assert.Single(await w.LivingProfilesAsync());
        Assert.Equal(3, profile.EventCount);
        Assert.Equal(2, link.AfterEventId);
        await using (var db = w.Host.CreateDbContext())
        {
            var merge = await db.ProfileMerges.SingleAsync(Ct);
            Assert.Equal(("admin decision", "duplicate suggestion 1 accepted"), (merge.MessageId, merge.Rule));
        }

        var incremental = await w.SnapshotAsync();
        await w.Service.RebuildAsync(null, Ct);
        IdentityHarness.AssertSameSnapshot(incremental, await w.SnapshotAsync());
    }

    [Fact]
    public async Task LinkAsync_TwoUserIds_RefusedWithTheReasonAndNothingSaved()
    {
        await using var w = await IdentityHarness.StartAsync();
        await w.SendAsync(
            """{"type":"identify","userId":"u-1","traits":{"email":"a@example.com"}}""",
            """{"type":"identify","userId":"u-2","traits":{"email":"b@example.com"}}""");
        await w.ResolveAsync();
        var link = EmailLink("a@example.com", "b@example.com", "test");

        var error = await Assert.ThrowsAsync<DomainValidationException>(() => w.Service.LinkAsync(link, _ => { }, Ct));

        Assert.Contains("user_id", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await w.LivingProfilesAsync()).Count);
        await using var db = w.Host.CreateDbContext();
        Assert.Empty(await db.IdentityOverrides.ToListAsync(Ct));
    }
}
