using Lodestar.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Identity;

public sealed class IdentityResolutionServiceTests
{
    private static CancellationToken Ct => IdentityHarness.Ct;

    [Fact]
    public async Task RunIncrementalAsync_AnonymousBrowsingThenSignup_OneProfileWithEveryIdentifier()
    {
        await using var w = await IdentityHarness.StartAsync();
        await w.SendAsync(
            """{"type":"page","anonymousId":"a-1","name":"Home"}""",
            """{"type":"page","anonymousId":"a-1","name":"Pricing"}""",
            """{"type":"identify","anonymousId":"a-1","userId":"u-1","traits":{"email":" Ann@Example.com ","name":"Ann Lee"}}""",
            """{"type":"track","userId":"u-1","event":"Signed Up"}""");

        var run = await w.ResolveAsync();

        var profile = Assert.Single(await w.LivingProfilesAsync());
        Assert.Equal(["anonymous_id:a-1", "email:ann@example.com", "user_id:u-1"], await w.IdentifiersOfAsync(profile.Id));
        Assert.Equal(4, profile.EventCount);
        Assert.Equal("Ann Lee", profile.DisplayName);
        Assert.Equal(4, run.EventsProcessed);
        await using var db = w.Host.CreateDbContext();
        Assert.Equal(4, await db.EventProfiles.CountAsync(e => e.ProfileId == profile.Id, Ct));
        var name = await db.ProfileTraits.SingleAsync(t => t.Key == "name", Ct);
        Assert.Equal(("\"Ann Lee\"", "m-3"), (name.Value, name.MessageId));
    }

    [Fact]
    public async Task RunIncrementalAsync_SameEmailOnSecondDevice_MergesAndRecordsWhy()
    {
        await using var w = await IdentityHarness.StartAsync();
        await w.SendAsync("""{"type":"identify","anonymousId":"laptop","userId":"u-1","traits":{"email":"ann@example.com"}}""");
        await w.ResolveAsync();
        await w.SendAsync(
            """{"type":"page","anonymousId":"phone","name":"Home"}""",
            """{"type":"track","anonymousId":"phone","event":"Newsletter Signup","properties":{"email":"ANN@example.com"}}""");

        var run = await w.ResolveAsync();

        var profile = Assert.Single(await w.LivingProfilesAsync());
        Assert.Equal(1, profile.Id);
        Assert.Equal(["anonymous_id:laptop", "anonymous_id:phone", "email:ann@example.com", "user_id:u-1"], await w.IdentifiersOfAsync(1));
        Assert.Equal(3, profile.EventCount);
        Assert.Equal(1, run.Merges);
        await using var db = w.Host.CreateDbContext();
        var merge = await db.ProfileMerges.SingleAsync(Ct);
        Assert.Equal((1L, 2L, "email", "ann@example.com", "m-3"), (merge.SurvivorId, merge.MergedId, merge.IdentifierType, merge.IdentifierValue, merge.MessageId));
        Assert.Equal(3, await db.EventProfiles.CountAsync(e => e.ProfileId == 1, Ct));
        Assert.Equal(1, (await db.Profiles.SingleAsync(p => p.Id == 2, Ct)).MergedIntoId);
    }

    [Fact]
    public async Task RunIncrementalAsync_BlockedEmail_NeverMerges()
    {
        await using var w = await IdentityHarness.StartAsync();
        await w.SendAsync(
            """{"type":"identify","anonymousId":"a-1","traits":{"email":"test@test.com"}}""",
            """{"type":"identify","anonymousId":"a-2","traits":{"email":"TEST@test.com"}}""",
            """{"type":"identify","anonymousId":"a-3","traits":{"email":"info@shop.example"}}""",
            """{"type":"identify","anonymousId":"a-4","traits":{"email":"info@shop.example"}}""",
            """{"type":"track","anonymousId":"undefined","event":"Clicked"}""");

        await w.ResolveAsync();

        Assert.Equal(4, (await w.LivingProfilesAsync()).Count);
        await using var db = w.Host.CreateDbContext();
        Assert.False(await db.ProfileIdentifiers.AnyAsync(i => i.Type == IdentifierTypes.Email, Ct));
        Assert.False(await db.ProfileIdentifiers.AnyAsync(i => i.Value == "undefined", Ct));
    }

    [Fact]
    public async Task RunIncrementalAsync_TwoUserIdsShareAnEmail_StayApartAndConflictIsRecorded()
    {
        await using var w = await IdentityHarness.StartAsync();
        await w.SendAsync(
            """{"type":"identify","userId":"u-1","traits":{"email":"family@example.com"}}""",
            """{"type":"identify","userId":"u-2","traits":{"email":"family@example.com"}}""");

        await w.ResolveAsync();

        Assert.Equal(2, (await w.LivingProfilesAsync()).Count);
        var second = await w.ProfileOfAsync(IdentifierTypes.UserId, "u-2");
        Assert.Equal(["user_id:u-2"], await w.IdentifiersOfAsync(second!.Value));
        await using var db = w.Host.CreateDbContext();
        var conflict = await db.IdentityConflicts.SingleAsync(Ct);
        Assert.Equal(("email", "family@example.com", second), (conflict.IdentifierType, conflict.IdentifierValue, conflict.ProfileId));
        Assert.Contains("2 user_id values (limit 1)", conflict.Reason);
    }

    [Fact]
    public async Task RunIncrementalAsync_SixthEmail_ProfileKeepsFiveAndTheSixthStartsAnother()
    {
        await using var w = await IdentityHarness.StartAsync();
        var identifies = Enumerable.Range(1, 6)
            .Select(i => """{"type":"identify","anonymousId":"a-1","traits":{"email":"ann""" + i + """@example.com"}}""").ToArray();
        await w.SendAsync(identifies);

        await w.ResolveAsync();

        var first = await w.ProfileOfAsync(IdentifierTypes.AnonymousId, "a-1");
        Assert.Equal(5, (await w.IdentifiersOfAsync(first!.Value)).Count(i => i.StartsWith("email:", StringComparison.Ordinal)));
        var sixth = await w.ProfileOfAsync(IdentifierTypes.Email, "ann6@example.com");
        Assert.NotEqual(first, sixth);
        await using var db = w.Host.CreateDbContext();
        var conflict = await db.IdentityConflicts.SingleAsync(Ct);
        Assert.Equal(("anonymous_id", "a-1"), (conflict.IdentifierType, conflict.IdentifierValue));
        Assert.Contains("6 email values (limit 5)", conflict.Reason);
    }

    [Fact]
    public async Task RunIncrementalAsync_SharedDeviceSecondUser_NewProfileForTheSecondUser()
    {
        await using var w = await IdentityHarness.StartAsync();
        await w.SendAsync(
            """{"type":"identify","anonymousId":"kiosk","userId":"u-1"}""",
            """{"type":"identify","anonymousId":"kiosk","userId":"u-2"}""",
            """{"type":"track","anonymousId":"kiosk","event":"Viewed"}""");

        await w.ResolveAsync();

        var first = await w.ProfileOfAsync(IdentifierTypes.UserId, "u-1");
        var second = await w.ProfileOfAsync(IdentifierTypes.UserId, "u-2");
        Assert.NotEqual(first, second);
        Assert.Equal(first, await w.ProfileOfAsync(IdentifierTypes.AnonymousId, "kiosk"));
    }

    [Fact]
    public async Task RunIncrementalAsync_Alias_LinksPreviousIdToUserId()
    {
        await using var w = await IdentityHarness.StartAsync();
        await w.SendAsync(
            """{"type":"track","anonymousId":"visitor-9","event":"Viewed"}""",
            """{"type":"identify","userId":"u-9"}""",
            """{"type":"alias","userId":"u-9","previousId":"visitor-9"}""",
            """{"type":"identify","userId":"new-id","anonymousId":"x"}""",
            """{"type":"alias","userId":"new-id","previousId":"u-7"}""");

        await w.ResolveAsync();

        var profile = await w.ProfileOfAsync(IdentifierTypes.UserId, "u-9");
        Assert.Equal(profile, await w.ProfileOfAsync(IdentifierTypes.AnonymousId, "visitor-9"));
        await using var db = w.Host.CreateDbContext();
        var merge = await db.ProfileMerges.SingleAsync(Ct);
        Assert.Equal(("user_id", "u-9"), (merge.IdentifierType, merge.IdentifierValue));
        Assert.StartsWith("alias", merge.Rule, StringComparison.Ordinal);
    }
}
