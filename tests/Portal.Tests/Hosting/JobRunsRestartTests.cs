using Lodestar.Domain.Data;
using Lodestar.Portal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Portal.Tests.Hosting;

/// <summary>Starts its own portals (see <see cref="IsolatedPortalsCollection"/>).</summary>
[Collection(IsolatedPortalsCollection.Name)]
public sealed class JobRunsRestartTests
{
    [Fact]
    public async Task RunJob_AfterRestartOnTheSameDatabase_GetsItsOwnRunRecord()
    {
        using var folder = new Lodestar.Testing.TempDirectory();
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Portal"] = $"Data Source={folder.File("restart.db")}",
            ["Jobs:Schedules:identity-resolution"] = "off",
        };

        await using (var first = new PortalFactory(settings))
            Assert.Equal("Succeeded", await first.RunJobAsync("identity-resolution"));
        await using var second = new PortalFactory(settings);
        Assert.Equal("Succeeded", await second.RunJobAsync("identity-rebuild"));

        await using var db = second.Get<IDbContextFactory<PortalDbContext>>().CreateDbContext();
        var runs = await db.JobRuns.OrderBy(r => r.Id).Select(r => r.Name).ToListAsync(Xunit.TestContext.Current.CancellationToken);
        Assert.Equal(["identity-resolution", "identity-rebuild"], runs);
    }
}
