using Bunit;
using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Tests.Features.Crm;

public sealed class AccountsPageMarketerTests() : CrmTestBase(PortalRoles.Marketer)
{
    [Fact]
    public void Render_Marketer_NoNewAccountButton()
    {
        var cut = RenderWithPopovers<AccountsPage>();

        var empty = cut.WaitForElement("[data-testid='accounts-empty']", Patience).TextContent;
        Assert.Empty(cut.FindAll("[data-testid='account-new']"));
        Assert.Contains("Sales and admins create accounts", empty, StringComparison.Ordinal);
    }
}
