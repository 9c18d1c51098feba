using Bunit;
using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Tests.Features.Crm;

public sealed class ContactsPageMarketerTests() : CrmTestBase(PortalRoles.Marketer)
{
    [Fact]
    public void Render_Marketer_NoNewButtonAndTheEmptyStateSaysWhoCreatesContacts()
    {
        var cut = RenderWithPopovers<ContactsPage>();

        var empty = cut.WaitForElement("[data-testid='contacts-empty']", Patience).TextContent;
        Assert.Empty(cut.FindAll("[data-testid='contact-new']"));
        Assert.Contains("Sales and admins create contacts", empty, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[data-testid='contact-export']"));
    }
}
