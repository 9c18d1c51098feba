using Bunit;
using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;

namespace Lodestar.Portal.Client.Tests.Features.Crm;

public sealed class CrmPageTests() : CrmTestBase(PortalRoles.Executive)
{
    [Fact]
    public void Render_Home_CountsContactsAccountsAndOpenTicketsAndLinksToEach()
    {
        _contacts.Contacts.Add(FakeContactsApi.Contact(1, "Ann", "Lee"));
        _contacts.Contacts.Add(FakeContactsApi.Contact(2, "Bob", "Stone"));
        _accounts.Accounts.Add(FakeAccountsApi.Account(1, "Acme"));
        _tickets.Tickets.Add(FakeTicketsApi.Ticket(1, "Printer jam", "pending"));
        _tickets.Tickets.Add(FakeTicketsApi.Ticket(2, "Refund", "solved"));

        var cut = RenderWithPopovers<CrmPage>();

        cut.WaitForAssertion(() => Assert.Equal("2 contacts", cut.Find("[data-testid='crm-contacts-card-count']").TextContent.Trim()), Patience);
        Assert.Equal("1 account", cut.Find("[data-testid='crm-accounts-card-count']").TextContent.Trim());
        Assert.Equal("1 open ticket", cut.Find("[data-testid='crm-tickets-card-count']").TextContent.Trim());
        Assert.Equal("crm/tickets", cut.Find("[data-testid='crm-nav-tickets']").GetAttribute("href"));
        Assert.Equal("crm/contacts", cut.Find("[data-testid='crm-nav-contacts']").GetAttribute("href"));
        Assert.Equal("crm/accounts", cut.Find("[data-testid='crm-nav-accounts']").GetAttribute("href"));
        Assert.Contains(cut.FindAll("[data-testid='crm-accounts-card'] a"), a => a.GetAttribute("href") == "crm/accounts");
        Assert.DoesNotContain("CRM is not built yet", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Route_Crm_NeedsTheViewCrmPolicy()
    {
        var authorize = typeof(CrmPage).GetCustomAttributes(typeof(Microsoft.AspNetCore.Authorization.AuthorizeAttribute), false)
            .Cast<Microsoft.AspNetCore.Authorization.AuthorizeAttribute>().Single();
        var route = typeof(CrmPage).GetCustomAttributes(typeof(Microsoft.AspNetCore.Components.RouteAttribute), false)
            .Cast<Microsoft.AspNetCore.Components.RouteAttribute>().Single();

        Assert.Equal((PortalPolicies.ViewCrm, "/crm"), (authorize.Policy, route.Template));
    }
}
