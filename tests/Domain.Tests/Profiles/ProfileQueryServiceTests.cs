using Lodestar.Domain.Events;
using Lodestar.Domain.Identity;
using Lodestar.Domain.Profiles;
using Lodestar.Domain.Tests.Identity;

namespace Lodestar.Domain.Tests.Profiles;

public sealed class ProfileQueryServiceTests
{
    private static CancellationToken Ct => IdentityHarness.Ct;

    private static async Task<IdentityHarness> TwoPeopleAsync()
    {
        var w = await IdentityHarness.StartAsync();
        await w.SendAsync(
            """{"type":"identify","anonymousId":"laptop","userId":"u-1","traits":{"email":"ann@example.com","name":"Ann Lee","plan":"gold","phone":"(415) 555-0132"}}""",
            """{"type":"page","anonymousId":"phone","name":"Home"}""",
            """{"type":"track","anonymousId":"phone","event":"Subscribed","properties":{"email":"ann@example.com"}}""",
            """{"type":"identify","userId":"u-2","traits":{"email":"bob@example.com","name":"Bob Stone"}}""",
            """{"type":"track","userId":"u-2","event":"Order Completed"}""");
        await w.ResolveAsync();
        return w;
    }

    [Fact]
    public async Task SearchAsync_ByIdentifier_NormalisesTheValueLikeTheRules()
    {
        await using var w = await TwoPeopleAsync();
        var profiles = w.Host.Get<ProfileQueryService>();

        var byEmail = await profiles.SearchAsync(new ProfileSearch(IdentifierType: "email", IdentifierValue: " ANN@example.com "), Ct);
        var byPhone = await profiles.SearchAsync(new ProfileSearch(IdentifierType: "phone", IdentifierValue: "415.555.0132"), Ct);

        var ann = Assert.Single(byEmail.Items);
        Assert.Equal(("Ann Lee", "ann@example.com", "u-1", 3), (ann.Profile.DisplayName, ann.Email, ann.UserId, ann.Profile.EventCount));
        Assert.Equal(ann.Profile.Id, Assert.Single(byPhone.Items).Profile.Id);
    }

    [Fact]
    public async Task SearchAsync_ByIdentifierWithoutValue_AsksForBoth()
    {
        await using var w = await TwoPeopleAsync();

        var error = await Assert.ThrowsAsync<DomainValidationException>(() =>
            w.Host.Get<ProfileQueryService>().SearchAsync(new ProfileSearch(IdentifierType: "email"), Ct));

        Assert.Contains("identifierValue", error.Errors.Keys);
    }

    [Theory]
    [InlineData("bob@example.com", "Bob Stone")]
    [InlineData("BOB@", "Bob Stone")]
    [InlineData("stone", "Bob Stone")]
    [InlineData("gold", "Ann Lee")]
    [InlineData("u-1", "Ann Lee")]
    [InlineData("+1 415 555 0132", "Ann Lee")]
    public async Task SearchAsync_FreeText_FindsByIdentifierNameOrTrait(string q, string expected)
    {
        await using var w = await TwoPeopleAsync();

        var result = await w.Host.Get<ProfileQueryService>().SearchAsync(new ProfileSearch(q), Ct);

        Assert.Equal(expected, result.Items[0].Profile.DisplayName);
    }

    [Fact]
    public async Task SearchAsync_NoFilter_LivingProfilesMostRecentFirstWithTotal()
    {
        await using var w = await TwoPeopleAsync();

        var first = await w.Host.Get<ProfileQueryService>().SearchAsync(new ProfileSearch(Limit: 1), Ct);
        var second = await w.Host.Get<ProfileQueryService>().SearchAsync(new ProfileSearch(Offset: 1, Limit: 1), Ct);

        Assert.Equal(2, first.Total);
        Assert.Equal(["Bob Stone", "Ann Lee"], [first.Items[0].Profile.DisplayName, second.Items[0].Profile.DisplayName]);
    }

    [Fact]
    public async Task GetAsync_MergedProfile_HistoryNamesTheIdentifierAndMessage()
    {
        await using var w = await TwoPeopleAsync();
        var ann = await w.ProfileOfAsync(IdentifierTypes.Email, "ann@example.com");

        var detail = await w.Host.Get<ProfileQueryService>().GetAsync(ann!.Value, Ct);

        var merge = Assert.Single(detail.MergedFrom);
        Assert.Equal(("email", "ann@example.com", "m-3"), (merge.IdentifierType, merge.IdentifierValue, merge.MessageId));
        Assert.Equal(5, detail.Identifiers.Count);
        Assert.Contains(detail.Traits, t => t.Key == "plan" && t.Value == "\"gold\"" && t.MessageId == "m-1");
        var tombstone = await w.Host.Get<ProfileQueryService>().GetAsync(merge.MergedId, Ct);
        Assert.Equal(ann, tombstone.Profile.MergedIntoId);
    }

    [Fact]
    public async Task GetAsync_UnknownId_NotFound()
    {
        await using var w = await TwoPeopleAsync();

        await Assert.ThrowsAsync<NotFoundException>(() => w.Host.Get<ProfileQueryService>().GetAsync(999, Ct));
    }

    [Fact]
    public async Task TimelineAsync_FilterAndPages_NewestFirstAcrossMergedDevices()
    {
        await using var w = await TwoPeopleAsync();
        var ann = (await w.ProfileOfAsync(IdentifierTypes.Email, "ann@example.com"))!.Value;
        var profiles = w.Host.Get<ProfileQueryService>();

        var first = await profiles.TimelineAsync(new ProfileTimelineQuery(ann, Limit: 2), Ct);
        var rest = await profiles.TimelineAsync(new ProfileTimelineQuery(ann, BeforeId: first.NextBefore, Limit: 2), Ct);
        var tracks = await profiles.TimelineAsync(new ProfileTimelineQuery(ann, Type: MessageType.Track), Ct);

        Assert.Equal(["m-3", "m-2"], first.Items.Select(e => e.MessageId));
        Assert.Equal(["m-1"], rest.Items.Select(e => e.MessageId));
        Assert.Null(rest.NextBefore);
        Assert.Equal("Subscribed", Assert.Single(tracks.Items).Name);
    }
}
