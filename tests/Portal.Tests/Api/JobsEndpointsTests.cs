using System.Net;
using Lodestar.Domain.Data;
using Lodestar.Portal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Portal.Tests.Api;

[Collection(PortalCollection.Name)]
public sealed class JobsEndpointsTests(SharedPortal portal)
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunDemoSeed_ThenPoll_SucceedsWithProgressAndStoresTheDemoEvents()
    {
        using var client = portal.CreateApiClient();

        using var run = await client.PostAsync("/api/jobs/demo-seed/run", null, Ct);

        Assert.Equal(HttpStatusCode.Accepted, run.StatusCode);
        var jobId = (await Json.ReadAsync(run))["jobId"]!.GetValue<string>();
        Assert.EndsWith($"/api/jobs/{jobId}", run.Headers.Location!.ToString());
        var state = "";
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (state is not ("Succeeded" or "Failed") && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200, Ct);
            var status = await Json.ReadAsync(await client.GetAsync($"/api/jobs/{jobId}", Ct));
            state = status["state"]!.GetValue<string>();
            if (state == "Succeeded")
                Assert.Equal(1.0, status["progress"]!.GetValue<double>());
        }

        Assert.Equal("Succeeded", state);
        await using var db = portal.Get<IDbContextFactory<PortalDbContext>>().CreateDbContext();
        Assert.True(await db.Events.CountAsync(e => e.MessageId.StartsWith("demo-"), Ct) > 40 * 10);
    }

    [Fact]
    public async Task RunUnknownJob_NotFoundListingTheJobs()
    {
        using var client = portal.CreateApiClient();

        using var response = await client.PostAsync("/api/jobs/rebuild-everything/run", null, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("demo-seed", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task GetUnknownJobId_NotFound()
    {
        using var client = portal.CreateApiClient();

        using var response = await client.GetAsync("/api/jobs/no-such-job", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task RunJob_NonAdminKey_Forbidden()
    {
        var key = await portal.Get<Lodestar.Domain.Accounts.ApiKeyService>().CreateAsync("marketer", "Marketer", "tests", Ct);
        using var client = portal.CreateApiClient(key.Secret);

        using var response = await client.PostAsync("/api/jobs/demo-seed/run", null, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
