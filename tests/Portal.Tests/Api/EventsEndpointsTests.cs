using System.Net;
using System.Net.Http.Json;
using Lodestar.Domain.Accounts;
using Lodestar.Portal.Client.Features.Events;
using Lodestar.Portal.Tests.Infrastructure;

namespace Lodestar.Portal.Tests.Api;

[Collection(PortalCollection.Name)]
public sealed class EventsEndpointsTests(SharedPortal portal)
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetEvents_Filters_NewestFirstMatchingAll()
    {
        var user = $"events-{Guid.NewGuid():N}";
        Assert.Equal(HttpStatusCode.OK, (await portal.PostTrackingAsync("track", $$$"""{"userId":"{{{user}}}","event":"First"}""")).Status);
        Assert.Equal(HttpStatusCode.OK, (await portal.PostTrackingAsync("page", $$$"""{"userId":"{{{user}}}","name":"Home"}""")).Status);
        Assert.Equal(HttpStatusCode.OK, (await portal.PostTrackingAsync("track", $$$"""{"userId":"{{{user}}}","event":"Second"}""")).Status);
        using var client = portal.CreateApiClient();

        var all = await client.GetFromJsonAsync<List<EventDto>>($"/api/events?userId={user}", Ct);
        var tracks = await client.GetFromJsonAsync<List<EventDto>>($"/api/events?userId={user}&type=track&limit=1", Ct);
        var named = await client.GetFromJsonAsync<List<EventDto>>($"/api/events?user={user}&event=Home", Ct);

        Assert.Equal(["Second", "Home", "First"], all!.Select(e => e.Event));
        Assert.Equal(["Second"], tracks!.Select(e => e.Event));
        Assert.Equal("page", Assert.Single(named!).Type);
        Assert.Contains("\"userId\":\"" + user + "\"", all![0].Raw);
        Assert.Equal("Default", all[0].Source);
    }

    [Fact]
    public async Task GetEvents_FullPage_NextBeforeHeaderContinuesWhereThePageEnded()
    {
        var user = $"paging-{Guid.NewGuid():N}";
        foreach (var name in new[] { "One", "Two", "Three" })
            Assert.Equal(HttpStatusCode.OK, (await portal.PostTrackingAsync("track", $$$"""{"userId":"{{{user}}}","event":"{{{name}}}"}""")).Status);
        using var client = portal.CreateApiClient();

        using var first = await client.GetAsync($"/api/events?userId={user}&limit=2", Ct);
        var cursor = first.Headers.GetValues("X-Next-Before").Single();
        var rest = await client.GetFromJsonAsync<List<EventDto>>($"/api/events?userId={user}&limit=2&before={cursor}", Ct);

        Assert.Equal(["Three", "Two"], (await first.Content.ReadFromJsonAsync<List<EventDto>>(Ct))!.Select(e => e.Event));
        Assert.Equal(["One"], rest!.Select(e => e.Event));
    }

    [Theory]
    [InlineData("type=purchase", "type")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=501", "limit")]
    public async Task GetEvents_BadParameter_ValidationProblemNamingIt(string query, string field)
    {
        using var client = portal.CreateApiClient();

        using var response = await client.GetAsync("/api/events?" + query, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.NotNull((await Json.ReadAsync(response))["errors"]![field]);
    }

    [Fact]
    public async Task GetEvents_NoCredentials_Unauthorized()
    {
        using var client = portal.CreateHttpClient();

        using var response = await client.GetAsync("/api/events", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GetEvents_UnknownApiKey_UnauthorizedWithHowTo()
    {
        using var client = portal.CreateApiClient("lsk_nope_nope");

        using var response = await client.GetAsync("/api/events", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Bearer", await response.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [InlineData(PortalRoleNames.Marketer, HttpStatusCode.OK)]
    [InlineData(PortalRoleNames.ProductManager, HttpStatusCode.OK)]
    [InlineData(PortalRoleNames.Sales, HttpStatusCode.Forbidden)]
    [InlineData(PortalRoleNames.Executive, HttpStatusCode.Forbidden)]
    public async Task GetEvents_ApiKeyRole_AuthorisedByRole(string role, HttpStatusCode expected)
    {
        var key = await portal.Get<ApiKeyService>().CreateAsync($"{role} key", role, "tests", Ct);
        using var client = portal.CreateApiClient(key.Secret);

        using var response = await client.GetAsync("/api/events?limit=1", Ct);

        Assert.Equal(expected, response.StatusCode);
    }
}
