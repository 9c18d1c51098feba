using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lodestar.Domain.Accounts;
using Lodestar.Portal.Client.Features.Funnels;
using Lodestar.Portal.Client.Features.Insights;
using Lodestar.Portal.Client.Features.Paths;
using Lodestar.Portal.Tests.Infrastructure;

namespace Lodestar.Portal.Tests.Api;

[Collection(PortalCollection.Name)]
public sealed class InsightEndpointsTests(SharedPortal portal)
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    private Task<HttpClient> ClientAsync(string role) => portal.CreateApiClientAsync(role, "insights");

    private static async Task<InsightDto> CreateAsync(HttpClient client, string name, InsightKind kind, object query)
    {
        var input = new InsightInput { Name = name, Kind = kind, Query = JsonSerializer.SerializeToElement(query, JsonSerializerOptions.Web) };
        using var response = await client.PostAsync("/api/insights", Json.Of(input), Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var insight = (await response.Content.ReadFromJsonAsync<InsightDto>(Ct))!;
        Assert.Equal($"/api/insights/{insight.Id}", response.Headers.Location!.OriginalString);
        return insight;
    }

    [Fact]
    public async Task Refresh_SavedPaths_StoresTheResultThatTheDashboardShows()
    {
        var tag = await PathJourneys.StoreAsync(portal);
        using var manager = await ClientAsync(PortalRoleNames.ProductManager);
        var saved = await CreateAsync(manager, $"After home {tag}", InsightKind.Paths, PathJourneys.Query(tag));
        var before = (await manager.GetFromJsonAsync<DashboardDto>("/api/dashboards/mine", Ct))!;

        using var refreshed = await manager.PostAsync($"/api/insights/{saved.Id}/refresh", null, Ct);
        var insight = (await refreshed.Content.ReadFromJsonAsync<InsightDto>(Ct))!;
        var after = (await manager.GetFromJsonAsync<DashboardDto>("/api/dashboards/mine", Ct))!;

        Assert.Equal((saved.Id, DashboardItemSize.Medium, null), (Assert.Single(before.Items).Insight.Id, before.Items[0].Size, before.Items[0].Insight.Result));
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.NotNull(insight.ComputedAt);
        var card = Assert.Single(after.Items).Insight;
        Assert.Equal(insight.ComputedAt, card.ComputedAt);
        var result = card.Result!.Value.Deserialize<PathResultDto>(JsonSerializerOptions.Web)!;
        Assert.Equal(3, result.People);
        Assert.Equal(["Home → Product = 1", "Home → Search = 1", "Product → Cart = 1", "Search → Product = 1"], PathJourneys.Links(result, tag));
        Assert.Equal("after", card.Query.GetProperty("direction").GetString());
    }

    [Fact]
    public async Task Refresh_SavedFunnel_StoresTheFunnelsAnswer()
    {
        var tag = await PathJourneys.StoreAsync(portal);
        using var manager = await ClientAsync(PortalRoleNames.ProductManager);
        var funnel = new FunnelQueryDto
        {
            Steps = [new() { Event = $"Home {tag}" }, new() { Event = $"Product {tag}" }],
            From = new DateOnly(2026, 3, 2),
            To = new DateOnly(2026, 3, 2),
        };
        var saved = await CreateAsync(manager, $"Home to product {tag}", InsightKind.Funnel, funnel);

        var insight = (await (await manager.PostAsync($"/api/insights/{saved.Id}/refresh", null, Ct)).Content.ReadFromJsonAsync<InsightDto>(Ct))!;

        Assert.Equal([3L, 2L], insight.Result!.Value.Deserialize<FunnelResultDto>(JsonSerializerOptions.Web)!.Steps.Select(s => s.Count));
    }

    [Fact]
    public async Task Insights_SomeoneElses_AreNotFoundAndCannotBePutOnTheirDashboard()
    {
        using var owner = await ClientAsync(PortalRoleNames.Marketer);
        using var other = await ClientAsync(PortalRoleNames.Marketer);
        var saved = await CreateAsync(owner, "Mine", InsightKind.Paths, PathJourneys.Query("x"));

        using var get = await other.GetAsync($"/api/insights/{saved.Id}", Ct);
        using var refresh = await other.PostAsync($"/api/insights/{saved.Id}/refresh", null, Ct);
        using var delete = await other.DeleteAsync($"/api/insights/{saved.Id}", Ct);
        using var arrange = await other.PutAsync("/api/dashboards/mine", Json.Body($$"""{"items":[{"insightId":{{saved.Id}},"size":"large"}]}"""), Ct);
        var theirs = (await other.GetFromJsonAsync<List<InsightDto>>("/api/insights", Ct))!;

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (get.StatusCode, refresh.StatusCode, delete.StatusCode));
        Assert.Equal(HttpStatusCode.BadRequest, arrange.StatusCode);
        Assert.NotNull((await Json.ReadAsync(arrange))["errors"]!["items[0].insightId"]);
        Assert.Empty(theirs);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/api/insights/{saved.Id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Dashboard_ArrangedAndAnInsightDeleted_KeepsTheOrderSizesAndRemovesTheCard()
    {
        using var manager = await ClientAsync(PortalRoleNames.ProductManager);
        var a = await CreateAsync(manager, "A", InsightKind.Paths, PathJourneys.Query("a"));
        var b = await CreateAsync(manager, "B", InsightKind.Paths, PathJourneys.Query("b"));
        var c = await CreateAsync(manager, "C", InsightKind.Paths, PathJourneys.Query("c"));

        using var arranged = await manager.PutAsync("/api/dashboards/mine",
            Json.Body($$"""{"items":[{"insightId":{{c.Id}},"size":"large"},{"insightId":{{a.Id}},"size":"small"},{"insightId":{{b.Id}}}]}"""), Ct);
        using var deleted = await manager.DeleteAsync($"/api/insights/{a.Id}", Ct);
        var dashboard = (await manager.GetFromJsonAsync<DashboardDto>("/api/dashboards/mine", Ct))!;
        using var twice = await manager.PutAsync("/api/dashboards/mine",
            Json.Body($$"""{"items":[{"insightId":{{b.Id}}},{"insightId":{{b.Id}}}]}"""), Ct);

        Assert.Equal(HttpStatusCode.OK, arranged.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal([("C", DashboardItemSize.Large), ("B", DashboardItemSize.Medium)], dashboard.Items.Select(i => (i.Insight.Name, i.Size)));
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.NotNull((await Json.ReadAsync(twice))["errors"]!["items[1].insightId"]);
    }

    [Fact]
    public async Task Update_ChangedQuery_ForgetsTheStoredResult()
    {
        var tag = await PathJourneys.StoreAsync(portal);
        using var manager = await ClientAsync(PortalRoleNames.ProductManager);
        var saved = await CreateAsync(manager, "Home", InsightKind.Paths, PathJourneys.Query(tag));
        await manager.PostAsync($"/api/insights/{saved.Id}/refresh", null, Ct);
        var renamed = new InsightInput { Name = "Home, renamed", Kind = InsightKind.Paths, Query = saved.Query };
        var changed = new InsightInput { Name = "Before home", Kind = InsightKind.Paths, Query = JsonSerializer.SerializeToElement(PathJourneys.Query(tag, PathDirection.Before), JsonSerializerOptions.Web) };

        var kept = (await (await manager.PutAsync($"/api/insights/{saved.Id}", Json.Of(renamed), Ct)).Content.ReadFromJsonAsync<InsightDto>(Ct))!;
        var forgot = (await (await manager.PutAsync($"/api/insights/{saved.Id}", Json.Of(changed), Ct)).Content.ReadFromJsonAsync<InsightDto>(Ct))!;

        Assert.Equal(("Home, renamed", true), (kept.Name, kept.Result is not null));
        Assert.Equal(("Before home", false, null), (forgot.Name, forgot.Result is not null, forgot.ComputedAt));
    }

    [Fact]
    public async Task Create_BadNameAndQuery_Returns400NamingEachField()
    {
        using var manager = await ClientAsync(PortalRoleNames.ProductManager);

        using var response = await manager.PostAsync("/api/insights",
            Json.Body("""{"name":" ","kind":"paths","query":{"event":"Home","depth":9,"from":"2026-03-02","to":"2026-03-02"}}"""), Ct);
        using var notAnObject = await manager.PostAsync("/api/insights", Json.Body("""{"name":"x","kind":"funnel","query":[1]}"""), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["name", "query.depth"], (await Json.ReadAsync(response))["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.NotNull((await Json.ReadAsync(notAnObject))["errors"]!["query"]);
    }

    [Fact]
    public async Task Insights_SalesRole_IsForbidden()
    {
        using var sales = await ClientAsync(PortalRoleNames.Sales);

        using var list = await sales.GetAsync("/api/insights", Ct);
        using var dashboard = await sales.GetAsync("/api/dashboards/mine", Ct);
        using var create = await sales.PostAsync("/api/insights", Json.Body("""{"name":"x","kind":"paths","query":{}}"""), Ct);

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], [list.StatusCode, dashboard.StatusCode, create.StatusCode]);
    }
}
