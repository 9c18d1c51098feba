using Bunit;
using Lodestar.Portal.Client.Features.Economics.Dashboard;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Tests.Features.Economics.Dashboard;

public sealed class EconomicsPageAdminTests() : EconomicsTestBase(PortalRoles.Admin)
{
    [Fact]
    public void RecomputeNow_Clicked_RunsTheEconomicsJobAndReloads()
    {
        var cut = RenderPage<EconomicsPage>(("JobPollInterval", TimeSpan.FromMilliseconds(1)));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid='run-economics']")), Patience);

        cut.Find("[data-testid='run-economics']").Click();

        cut.WaitForAssertion(() => Assert.Equal(2, _dashboards.Requests.Count), Patience);
        Assert.Equal(["economics"], _jobs.Started);
    }
}
