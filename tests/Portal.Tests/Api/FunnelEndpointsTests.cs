using System.Net;
using System.Net.Http.Json;
using Lodestar.Domain.Accounts;
using Lodestar.Portal.Client.Features.Funnels;
using Lodestar.Portal.Client.Features.Segments;
using Lodestar.Portal.Tests.Infrastructure;

namespace Lodestar.Portal.Tests.Api;

[Collection(PortalCollection.Name)]
public sealed class FunnelEndpointsTests(SharedPortal portal)
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    private async Task<HttpClient> ClientAsync(string role)
    {
        var key = await portal.Get<ApiKeyService>().CreateAsync($"{role} funnels {Guid.NewGuid():N}", role, "tests", Ct);
        return portal.CreateApiClient(key.Secret);
    }

    /// <summary>
    /// Three people on 2 March 2026, with event names of their own: a lands anonymously, signs up (the identify links
    /// the anonymous id) an hour later and buys for 100 two hours in; b lands from google, views pricing and signs up after 3 hours;
    /// c lands from google and leaves.
    /// </summary>
    private async Task<string> JourneysAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        string Track(string who, string @event, int minutes, string extra = "") =>
            $$$"""{{{who}}},"event":"{{{@event}}} {{{tag}}}","timestamp":"2026-03-02T{{{10 + minutes / 60:00}}}:{{{minutes % 60:00}}}:00Z"{{{extra}}}}""";
        var google = ""","context":{"campaign":{"source":"google"}}""";
        string[] messages =
        [
            Track($$$"""{"anonymousId":"anon-a-{{{tag}}}" """, "Landing", 0),
            $$$"""{"anonymousId":"anon-a-{{{tag}}}","userId":"a-{{{tag}}}","traits":{"name":"a {{{tag}}}"},"timestamp":"2026-03-02T10:30:00Z"}""",
            Track($$$"""{"userId":"a-{{{tag}}}" """, "Signup", 60),
            Track($$$"""{"userId":"a-{{{tag}}}" """, "Purchase", 120, ""","properties":{"revenue":100}"""),
            Track($$$"""{"userId":"b-{{{tag}}}" """, "Landing", 0, google),
            Track($$$"""{"userId":"b-{{{tag}}}" """, "Pricing", 60),
            Track($$$"""{"userId":"b-{{{tag}}}" """, "Signup", 180),
            Track($$$"""{"userId":"c-{{{tag}}}" """, "Landing", 5, google),
        ];
        foreach (var message in messages)
        {
            var route = message.Contains("\"event\"", StringComparison.Ordinal) ? "track" : "identify";
            Assert.Equal(HttpStatusCode.OK, (await portal.PostTrackingAsync(route, message)).Status);
        }

        Assert.Equal("Succeeded", await portal.RunJobAsync("identity-resolution"));
        return tag;
    }

    private static FunnelQueryDto Query(string tag) => new()
    {
        Steps = [new() { Event = $"Landing {tag}" }, new() { Event = $"Signup {tag}" }, new() { Event = $"Purchase {tag}", Label = "Bought" }],
        From = new DateOnly(2026, 3, 2),
        To = new DateOnly(2026, 3, 2),
        Breakdown = new() { Property = "context.campaign.source" },
        Value = new() { Property = "properties.revenue" },
        Trend = FunnelInterval.Day,
    };

    [Fact]
    public async Task Query_ThreeJourneys_CountsPeopleThroughMergedIdentitiesOverHttp()
    {
        var tag = await JourneysAsync();
        using var manager = await ClientAsync(PortalRoleNames.ProductManager);

        using var response = await manager.PostAsJsonAsync("/api/funnels/query", Query(tag), Ct);
        var result = (await response.Content.ReadFromJsonAsync<FunnelResultDto>(Ct))!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([3L, 2L, 1L], result.Steps.Select(s => s.Count));
        Assert.Equal("Bought", result.Steps[2].Name);
        Assert.Equal((2.0 / 3, 1L), (result.Steps[1].ConversionFromPrevious, result.Steps[1].DroppedOff));
        Assert.Equal(7_200, result.Steps[1].MedianSecondsFromPrevious);
        Assert.Equal(["google", "(none)"], result.Breakdown.Select(g => g.Value));
        Assert.Equal([2L, 1L, 0L], result.Breakdown[0].Steps.Select(s => s.Count));
        Assert.Equal((1L, 100.0), (result.Value!.Conversions, result.Value.Sum));
        Assert.Equal((3L, 1L), (Assert.Single(result.Trend).Entered, result.Trend[0].Converted));
    }

    [Fact]
    public async Task Query_Strict_AnotherEventBetweenStepsBreaksTheSequence()
    {
        var tag = await JourneysAsync();
        using var manager = await ClientAsync(PortalRoleNames.ProductManager);
        var query = Query(tag);
        query.Order = FunnelOrder.Strict;
        query.Breakdown = null;

        using var response = await manager.PostAsJsonAsync("/api/funnels/query", query, Ct);
        var result = (await response.Content.ReadFromJsonAsync<FunnelResultDto>(Ct))!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([3L, 1L, 1L], result.Steps.Select(s => s.Count));
    }

    [Fact]
    public async Task People_DroppedOffBeforePurchase_ListsThemAndSavesThemAsASegment()
    {
        var tag = await JourneysAsync();
        using var manager = await ClientAsync(PortalRoleNames.ProductManager);
        var request = new FunnelPeopleRequestDto { Query = Query(tag), Step = 3, Outcome = FunnelOutcome.DroppedOff };

        using var listed = await manager.PostAsJsonAsync("/api/funnels/people", request, Ct);
        var people = (await listed.Content.ReadFromJsonAsync<FunnelPeopleDto>(Ct))!;
        using var saved = await manager.PostAsJsonAsync("/api/funnels/people/segment",
            new FunnelSegmentRequestDto { People = request, Name = $"Signed up, no purchase {tag}" }, Ct);
        var segment = (await saved.Content.ReadFromJsonAsync<SegmentDto>(Ct))!;
        var members = await MembersAsync(manager, segment.Id);

        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        Assert.Equal(1, people.Total);
        Assert.Null(Assert.Single(people.People).ReachedAt);
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        Assert.Equal("static", segment.Kind);
        Assert.Equal([people.People[0].ProfileId], members.Items.Select(m => m.ProfileId));
    }

    private static async Task<SegmentMembersDto> MembersAsync(HttpClient client, long id)
    {
        for (var i = 0; i < 300; i++)
        {
            var members = (await client.GetFromJsonAsync<SegmentMembersDto>($"/api/segments/{id}/members", Ct))!;
            if (members.Total > 0)
                return members;
            await Task.Delay(100, Ct);
        }

        throw new TimeoutException($"Segment {id} was not computed within 30 s.");
    }

    [Fact]
    public async Task Query_InvalidQuery_Returns400NamingTheFields()
    {
        using var manager = await ClientAsync(PortalRoleNames.ProductManager);

        using var response = await manager.PostAsync("/api/funnels/query", Json.Body("""
            {"steps":[{"event":"Landing"}],"from":"2026-03-02","to":"2026-03-01","conversionWindow":{"value":0,"unit":"day"}}
            """), Ct);
        var problem = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(problem["errors"]!["steps"]);
        Assert.NotNull(problem["errors"]!["to"]);
        Assert.NotNull(problem["errors"]!["conversionWindow"]);
    }

    [Fact]
    public async Task Query_UnknownOrderMode_Returns400()
    {
        using var manager = await ClientAsync(PortalRoleNames.ProductManager);

        using var response = await manager.PostAsync("/api/funnels/query", Json.Body("""
            {"steps":[{"event":"a"},{"event":"b"}],"from":"2026-03-01","to":"2026-03-02","order":"sideways"}
            """), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Query_SalesRole_IsForbidden()
    {
        using var sales = await ClientAsync(PortalRoleNames.Sales);

        using var response = await sales.PostAsJsonAsync("/api/funnels/query", Query("x"), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
