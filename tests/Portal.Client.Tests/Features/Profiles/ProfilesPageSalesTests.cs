using Bunit;
using Lodestar.Portal.Client.Features.Profiles;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Tests.Features.Profiles;

public sealed class ProfilesPageSalesTests() : ProfilesTestBase(PortalRoles.Sales)
{
    [Fact]
    public void Render_Sales_NoButtonToRunJobs()
    {
        var cut = RenderWithPopovers<ProfilesPage>();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid='profiles-empty']")), Patience);
        Assert.Empty(cut.FindAll("[data-testid='run-identity']"));
    }
}
