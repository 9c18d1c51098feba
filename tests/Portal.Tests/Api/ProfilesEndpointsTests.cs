using System.Net;
using System.Net.Http.Json;
using Lodestar.Domain.Accounts;
using Lodestar.Portal.Client.Features.Events;
using Lodestar.Portal.Client.Features.Profiles;
using Lodestar.Portal.Tests.Infrastructure;

namespace Lodestar.Portal.Tests.Api;

[Collection(PortalCollection.Name)]
public sealed class ProfilesEndpointsTests(SharedPortal portal)
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetProfile_AfterTrackingAndResolution_OneProfileAcrossDevicesWithHistoryAndTimeline()
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        var email = $"ann.{id}@example.com";
        Assert.Equal(HttpStatusCode.OK, (await portal.PostTrackingAsync("identify",
            $$$"""{"userId":"user-{{{id}}}","anonymousId":"laptop-{{{id}}}","traits":{"email":"{{{email}}}","name":"Ann {{{id}}}"}}""")).Status);
        Assert.Equal(HttpStatusCode.OK, (await portal.PostTrackingAsync("page", $$$"""{"anonymousId":"phone-{{{id}}}","name":"Home"}""")).Status);
        Assert.Equal(HttpStatusCode.OK, (await portal.PostTrackingAsync("track",
            $$$"""{"anonymousId":"phone-{{{id}}}","event":"Subscribed","properties":{"email":"{{{email.ToUpperInvariant()}}}"}}""")).Status);
        Assert.Equal("Succeeded", await portal.RunJobAsync("identity-resolution"));
        using var client = portal.CreateApiClient();

        var found = await client.GetFromJsonAsync<ProfileListDto>($"/api/profiles?identifierType=email&identifierValue={Uri.EscapeDataString(email)}", Ct);
        var profile = await client.GetFromJsonAsync<ProfileDto>($"/api/profiles/{Assert.Single(found!.Items).Id}", Ct);
        using var timeline = await client.GetAsync($"/api/profiles/{profile!.Id}/timeline?limit=2", Ct);

        Assert.Equal($"Ann {id}", profile.DisplayName);
        Assert.Equal(4, profile.Identifiers.Count);
        var merge = Assert.Single(profile.MergedFrom);
        Assert.Equal(("email", email), (merge.IdentifierType, merge.IdentifierValue));
        Assert.Contains(profile.Traits, t => t.Key == "name");
        var events = await timeline.Content.ReadFromJsonAsync<List<EventDto>>(Ct);
        Assert.Equal(["Subscribed", "Home"], events!.Select(e => e.Event));
        Assert.True(timeline.Headers.Contains(IEventsApi.NextBeforeHeader));
    }

    [Fact]
    public async Task GetProfile_Unknown_ProblemNotFound()
    {
        using var client = portal.CreateApiClient();

        using var response = await client.GetAsync("/api/profiles/987654321", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no profile 987654321", (await Json.ReadAsync(response))["detail"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("identifierType=email", "identifierValue")]
    [InlineData("limit=0", "limit")]
    public async Task GetProfiles_BadParameters_ValidationProblemNamingThem(string query, string field)
    {
        using var client = portal.CreateApiClient();

        using var response = await client.GetAsync("/api/profiles?" + query, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await Json.ReadAsync(response))["errors"]![field]);
    }

    [Fact]
    public async Task GetTimeline_BadType_ValidationProblem()
    {
        using var client = portal.CreateApiClient();

        using var response = await client.GetAsync("/api/profiles/1/timeline?type=purchase", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData(PortalRoleNames.Sales, HttpStatusCode.OK)]
    [InlineData(PortalRoleNames.Executive, HttpStatusCode.OK)]
    public async Task GetProfiles_AnyRole_Allowed(string role, HttpStatusCode expected)
    {
        var key = await portal.Get<ApiKeyService>().CreateAsync($"{role} profiles key", role, "tests", Ct);
        using var client = portal.CreateApiClient(key.Secret);

        using var response = await client.GetAsync("/api/profiles?limit=1", Ct);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task GetProfiles_NoCredentials_Unauthorized()
    {
        using var client = portal.CreateHttpClient();

        using var response = await client.GetAsync("/api/profiles", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
