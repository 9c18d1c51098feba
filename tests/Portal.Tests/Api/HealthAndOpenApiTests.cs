using System.Net;
using Lodestar.Portal.Tests.Infrastructure;

namespace Lodestar.Portal.Tests.Api;

[Collection(PortalCollection.Name)]
public sealed class HealthAndOpenApiTests(SharedPortal portal)
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetHealth_Anonymous_OkWithDatabaseAndJobServerChecks()
    {
        using var client = portal.CreateHttpClient();

        using var response = await client.GetAsync("/health", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Json.ReadAsync(response);
        Assert.Equal("Healthy", body["status"]!.GetValue<string>());
        Assert.Equal("Healthy", body["checks"]!["database"]!["status"]!.GetValue<string>());
        Assert.Equal("Healthy", body["checks"]!["jobs"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetOpenApi_Anonymous_DescribesTrackingAndManagementRoutes()
    {
        using var client = portal.CreateHttpClient();

        using var response = await client.GetAsync("/openapi/v1.json", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = (await Json.ReadAsync(response))["paths"]!.AsObject().Select(p => p.Key).ToHashSet();
        Assert.Superset(new HashSet<string>
        {
            "/v1/track", "/v1/identify", "/v1/page", "/v1/screen", "/v1/group", "/v1/alias", "/v1/batch", "/v1/import",
            "/api/events", "/api/jobs/{name}/run", "/api/jobs/{jobId}", "/api/settings/users", "/api/settings/api-keys", "/api/settings/sources",
            "/api/economics/clv/fit",
        }, paths);
    }

    [Fact]
    public async Task GetPage_Anonymous_RedirectsToSignIn()
    {
        using var client = portal.CreateHttpClient();

        using var response = await client.GetAsync("/events", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
    }
}
