using System.Net;
using System.Net.Http.Json;
using Lodestar.Domain.Accounts;
using Lodestar.Portal.Client.Features.Paths;
using Lodestar.Portal.Tests.Infrastructure;

namespace Lodestar.Portal.Tests.Api;

[Collection(PortalCollection.Name)]
public sealed class PathEndpointsTests(SharedPortal portal)
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    private Task<HttpClient> ClientAsync(string role) => portal.CreateApiClientAsync(role, "paths");

    [Fact]
    public async Task Query_After_FollowsEachPersonThroughMergedIdentitiesOverHttp()
    {
        var tag = await PathJourneys.StoreAsync(portal);
        using var manager = await ClientAsync(PortalRoleNames.ProductManager);

        using var response = await manager.PostAsJsonAsync("/api/paths/query", PathJourneys.Query(tag), Ct);
        var result = (await response.Content.ReadFromJsonAsync<PathResultDto>(Ct))!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, result.People);
        Assert.Equal(["Home → Product = 1", "Home → Search = 1", "Product → Cart = 1", "Search → Product = 1"], PathJourneys.Links(result, tag));
        Assert.Equal([0, 1, 1, 2, 2], result.Nodes.Select(n => n.Depth));
        Assert.True(result.EventsRead >= 9);
    }

    [Fact]
    public async Task Query_Before_LinksTheEarlierEventsToTheChosenOne()
    {
        var tag = await PathJourneys.StoreAsync(portal);
        using var marketer = await ClientAsync(PortalRoleNames.Marketer);

        using var response = await marketer.PostAsJsonAsync("/api/paths/query", PathJourneys.Query(tag, PathDirection.Before), Ct);
        var result = (await response.Content.ReadFromJsonAsync<PathResultDto>(Ct))!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Product → Home = 1"], PathJourneys.Links(result, tag));
        Assert.Equal(-1, result.Nodes[result.Links[0].Source].Depth);
    }

    [Fact]
    public async Task Query_InvalidQuery_Returns400NamingTheFields()
    {
        using var manager = await ClientAsync(PortalRoleNames.ProductManager);

        using var response = await manager.PostAsync("/api/paths/query", Json.Body("""
            {"event":"","depth":9,"topN":0,"from":"2026-03-02","to":"2026-03-01","filters":[{"property":"","test":{"type":"number","operator":"greaterThan","value":"5"}}]}
            """), Ct);
        var problem = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["depth", "event", "filters[0].property", "to", "topN"], problem["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Query_UnknownDirection_Returns400()
    {
        using var manager = await ClientAsync(PortalRoleNames.ProductManager);

        using var response = await manager.PostAsync("/api/paths/query", Json.Body("""{"event":"a","direction":"sideways","from":"2026-03-01","to":"2026-03-02"}"""), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Query_SalesRole_IsForbidden()
    {
        using var sales = await ClientAsync(PortalRoleNames.Sales);

        using var response = await sales.PostAsJsonAsync("/api/paths/query", PathJourneys.Query("x"), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
