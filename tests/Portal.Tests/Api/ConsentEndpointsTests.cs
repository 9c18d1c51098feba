using System.Net;
using System.Net.Http.Json;
using Lodestar.Domain.Accounts;
using Lodestar.Portal.Client.Features.Privacy;
using Lodestar.Portal.Client.Features.Profiles;
using Lodestar.Portal.Tests.Infrastructure;

namespace Lodestar.Portal.Tests.Api;

[Collection(PortalCollection.Name)]
public sealed class ConsentEndpointsTests(SharedPortal portal)
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetProfileConsent_TrackingThenApiWithdrawal_CurrentIsTheLatestWithHistory()
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        var email = $"cora.{id}@example.com";
        Assert.Equal(HttpStatusCode.OK, (await portal.PostTrackingAsync("identify",
            $"{{\"userId\":\"user-{id}\",\"traits\":{{\"email\":\"{email}\"}},\"context\":{{\"consent\":{{\"categoryPreferences\":{{\"marketing\":true,\"analytics\":true}}}}}}}}")).Status);
        Assert.Equal("Succeeded", await portal.RunJobAsync("identity-resolution"));
        using var client = portal.CreateApiClient();
        using var recorded = await client.PostAsJsonAsync("/api/privacy/consent",
            new ConsentRequest("email", email.ToUpperInvariant(), "marketing", false), Ct);
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);

        var found = await client.GetFromJsonAsync<ProfileListDto>($"/api/profiles?identifierType=user_id&identifierValue=user-{id}", Ct);
        var consent = await client.GetFromJsonAsync<ProfileConsentDto>($"/api/profiles/{Assert.Single(found!.Items).Id}/consent", Ct);

        Assert.Equal(
            [("analytics", (bool?)true, "tracking"), ("marketing", false, "api"), ("advertising", null, null)],
            consent!.Current.Select(s => (s.Category, s.Granted, s.Source)));
        Assert.Equal([("marketing", false), ("analytics", true), ("marketing", true)],
            consent.History.Select(h => (h.Category, h.Granted)).Take(1).Concat(consent.History.Skip(1).Select(h => (h.Category, h.Granted)).OrderBy(h => h.Category)));
    }

    [Theory]
    [InlineData("""{"identifierType":"email","identifierValue":"x@example.com","category":"newsletters","granted":true}""", "category")]
    [InlineData("""{"identifierType":"email","identifierValue":"x@example.com","category":"marketing"}""", "granted")]
    [InlineData("""{"identifierType":"email","identifierValue":"x@example.com","category":"marketing","granted":true,"source":"tracking"}""", "source")]
    public async Task PostConsent_BadInput_ValidationProblemNamingTheField(string body, string field)
    {
        using var client = portal.CreateApiClient();

        using var response = await client.PostAsync("/api/privacy/consent", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await Json.ReadAsync(response))["errors"]![field]);
    }

    [Theory]
    [InlineData(PortalRoleNames.Marketer, HttpStatusCode.BadRequest)]
    [InlineData(PortalRoleNames.Sales, HttpStatusCode.Forbidden)]
    public async Task PostConsent_ByRole_MarketersMaySalesMayNot(string role, HttpStatusCode expected)
    {
        var key = await portal.Get<ApiKeyService>().CreateAsync($"{role} consent key", role, "tests", Ct);
        using var client = portal.CreateApiClient(key.Secret);

        // An empty body: a marketer gets past authorisation to validation, sales do not.
        using var response = await client.PostAsJsonAsync("/api/privacy/consent", new ConsentRequest(null, null, null, null), Ct);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Categories_SalesReadsAdminWritesBadKeyRefused()
    {
        var key = await portal.Get<ApiKeyService>().CreateAsync("sales categories key", PortalRoleNames.Sales, "tests", Ct);
        using var sales = portal.CreateApiClient(key.Secret);
        using var admin = portal.CreateApiClient();

        var read = await sales.GetFromJsonAsync<ConsentCategoriesDto>("/api/privacy/consent/categories", Ct);
        using var forbidden = await sales.PutAsJsonAsync("/api/privacy/consent/categories", read, Ct);
        using var bad = await admin.PutAsJsonAsync("/api/privacy/consent/categories", new ConsentCategoriesDto([.. read!.Categories, "Not A Key"]), Ct);
        using var saved = await admin.PutAsJsonAsync("/api/privacy/consent/categories", new ConsentCategoriesDto(read.Categories), Ct);

        Assert.Contains("marketing", read.Categories);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.NotNull((await Json.ReadAsync(bad))["errors"]![$"categories[{read.Categories.Count}]"]);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
    }

    [Fact]
    public async Task PostContactConsent_SalesOptsOutUnknownContactNotFound()
    {
        var key = await portal.Get<ApiKeyService>().CreateAsync("sales contact consent key", PortalRoleNames.Sales, "tests", Ct);
        using var sales = portal.CreateApiClient(key.Secret);
        var contact = await portal.Get<Lodestar.Domain.Crm.ContactService>().CreateAsync(
            new Lodestar.Domain.Crm.ContactFields { FirstName = "Opt", LastName = "Out" }, "tests", Ct);

        using var recorded = await sales.PostAsJsonAsync($"/api/crm/contacts/{contact.Contact.Id}/consent", new ContactConsentRequest("marketing", false), Ct);
        using var missing = await sales.PostAsJsonAsync("/api/crm/contacts/987654321/consent", new ContactConsentRequest("marketing", false), Ct);

        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        var change = await recorded.Content.ReadFromJsonAsync<ConsentChangeDto>(Ct);
        Assert.Equal(("crm_contact_id", contact.Contact.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "crm", false),
            (change!.IdentifierType, change.IdentifierValue, change.Source, change.Granted));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
