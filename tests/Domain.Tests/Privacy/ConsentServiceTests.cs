using Lodestar.Domain.Privacy;
using Lodestar.Domain.Tests.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Privacy;

/// <summary>Consent from tracking messages and from the API, read per profile, over real SQLite and identity resolution.</summary>
public sealed class ConsentServiceTests
{
    private static CancellationToken Ct => IdentityHarness.Ct;

    private const string Prefs = """ "context":{"consent":{"categoryPreferences":{"analytics":true,"marketing":false,"Beta":true}}} """;

    [Fact]
    public async Task ForProfileAsync_TrackingPreferences_CurrentPerCategoryAndUnknownShownAsNotConfigured()
    {
        await using var w = await IdentityHarness.StartAsync();
        await w.SendAsync($$"""{"type":"page","anonymousId":"a-1","name":"Home",{{Prefs}}}""");
        await w.ResolveAsync();

        var consent = await w.Host.Get<ConsentService>().ForProfileAsync((await w.ProfileOfAsync("anonymous_id", "a-1"))!.Value, Ct);

        Assert.Equal(
            [("analytics", true, (bool?)true), ("marketing", true, false), ("advertising", true, null), ("beta", false, true)],
            consent.Current.Select(s => (s.Category, s.Configured, s.Granted)));
        Assert.Equal(ConsentSource.Tracking, consent.Current[0].Source);
        Assert.Equal("m-1", consent.Current[0].Reference);
        Assert.Equal(3, consent.History.Count);
    }

    [Fact]
    public async Task IngestAsync_SamePreferencesRepeated_StoresOnlyChanges()
    {
        await using var w = await IdentityHarness.StartAsync();
        await w.SendAsync(
            $$"""{"type":"page","anonymousId":"a-1","name":"A",{{Prefs}}}""",
            $$"""{"type":"page","anonymousId":"a-1","name":"B",{{Prefs}}}""");
        await w.SendAsync($$"""{"type":"page","anonymousId":"a-1","name":"C",{{Prefs}}}""");
        await w.SendAsync("""{"type":"page","anonymousId":"a-1","name":"D","context":{"consent":{"categoryPreferences":{"analytics":false}}}}""");

        await using var db = w.Host.CreateDbContext();
        var rows = await db.ConsentChanges.OrderBy(c => c.Id).Select(c => new { c.Category, c.Granted, c.Reference }).ToListAsync(Ct);
        Assert.Equal(
            [("analytics", true, "m-1"), ("beta", true, "m-1"), ("marketing", false, "m-1"), ("analytics", false, "m-4")],
            rows.Select(r => (r.Category, r.Granted, r.Reference)).OrderBy(r => r.Reference).ThenBy(r => r.Category));
    }

    [Fact]
    public async Task ForProfileAsync_ConsentGivenAnonymouslyThenIdentified_FollowsThePersonAndLatestWins()
    {
        await using var w = await IdentityHarness.StartAsync();
        await w.SendAsync(
            """{"type":"page","anonymousId":"a-1","name":"Home","context":{"consent":{"categoryPreferences":{"marketing":true}}}}""",
            """{"type":"identify","userId":"u-1","traits":{"email":"ann@example.com"}}""",
            """{"type":"track","userId":"u-1","event":"Unsubscribed","context":{"consent":{"categoryPreferences":{"marketing":false}}}}""",
            """{"type":"identify","userId":"u-1","anonymousId":"a-1"}""");
        await w.ResolveAsync();

        var profile = (await w.ProfileOfAsync("user_id", "u-1"))!.Value;
        var consent = await w.Host.Get<ConsentService>().ForProfileAsync(profile, Ct);

        Assert.Equal(profile, await w.ProfileOfAsync("anonymous_id", "a-1"));
        var marketing = consent.Current.Single(s => s.Category == "marketing");
        Assert.Equal((false, "m-3"), (marketing.Granted, marketing.Reference));
        Assert.Equal([("user_id", false), ("anonymous_id", true)], consent.History.Select(c => (c.IdentifierType, c.Granted)));
    }

    [Fact]
    public async Task RecordAsync_ApiDecisionByEmail_NormalisedAndNewerThanTracking()
    {
        await using var w = await IdentityHarness.StartAsync();
        await w.SendAsync("""{"type":"identify","userId":"u-1","traits":{"email":"ann@example.com"},"context":{"consent":{"categoryPreferences":{"marketing":true}}}}""");
        await w.ResolveAsync();
        var service = w.Host.Get<ConsentService>();

        var change = await service.RecordAsync(new ConsentInput("Email", " ANN@example.com ", "Marketing", false), ConsentSource.Api, "admin@lodestar.local", Ct);

        Assert.Equal(("email", "ann@example.com", "marketing"), (change.IdentifierType, change.IdentifierValue, change.Category));
        var consent = await service.ForProfileAsync((await w.ProfileOfAsync("user_id", "u-1"))!.Value, Ct);
        var marketing = consent.Current.Single(s => s.Category == "marketing");
        Assert.Equal((false, ConsentSource.Api, "admin@lodestar.local"), (marketing.Granted, marketing.Source, marketing.Reference));
    }

    [Theory]
    [InlineData("email", "ann@example.com", "beta", true, "category")]
    [InlineData("email", "ann@example.com", "marketing", null, "granted")]
    [InlineData("", "ann@example.com", "marketing", true, "identifierType")]
    [InlineData("email", " ", "marketing", true, "identifierValue")]
    public async Task RecordAsync_BadInput_NamesTheFieldAndStoresNothing(string type, string value, string category, bool? granted, string field)
    {
        await using var w = await IdentityHarness.StartAsync();

        var error = await Assert.ThrowsAsync<DomainValidationException>(() =>
            w.Host.Get<ConsentService>().RecordAsync(new ConsentInput(type, value, category, granted), ConsentSource.Api, null, Ct));

        Assert.Equal([field], error.Errors.Keys);
        await using var db = w.Host.CreateDbContext();
        Assert.Equal(0, await db.ConsentChanges.CountAsync(Ct));
    }

    [Fact]
    public async Task RecordForContactAsync_OptOutOnTheContact_ShowsOnTheLinkedProfile()
    {
        await using var w = await IdentityHarness.StartAsync();
        var contact = await w.Host.Get<Lodestar.Domain.Crm.ContactService>().CreateAsync(
            new Lodestar.Domain.Crm.ContactFields { FirstName = "Cara", LastName = "Test", Email = "cara@example.com" }, "sam", Ct);
        await w.SendAsync("""{"type":"identify","userId":"u-9","traits":{"email":"cara@example.com"}}""");
        await w.ResolveAsync();
        var service = w.Host.Get<ConsentService>();

        var change = await service.RecordForContactAsync(contact.Contact.Id, "marketing", false, "sam", Ct);

        Assert.Equal(("crm_contact_id", ConsentSource.Crm, $"contact {contact.Contact.Id} by sam"), (change.IdentifierType, change.Source, change.Reference));
        var consent = await service.ForProfileAsync((await w.ProfileOfAsync("user_id", "u-9"))!.Value, Ct);
        Assert.Equal((bool?)false, consent.Current.Single(s => s.Category == "marketing").Granted);
        await Assert.ThrowsAsync<NotFoundException>(() => service.RecordForContactAsync(987654, "marketing", true, "sam", Ct));
    }
}
