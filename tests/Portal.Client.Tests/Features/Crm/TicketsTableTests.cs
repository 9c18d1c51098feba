using Bunit;
using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;

namespace Lodestar.Portal.Client.Tests.Features.Crm;

public sealed class TicketsTableTests() : CrmTestBase(PortalRoles.Sales)
{
    [Fact]
    public void Render_ContactPage_OnlyItsTicketsFinishedTooWithoutTheContactColumn()
    {
        _contacts.Contacts.Add(FakeContactsApi.Contact(7, "Ann", "Lee", accountId: 5, accountName: "Acme"));
        _tickets.Tickets.Add(FakeTicketsApi.Ticket(1, "Printer jam", contactId: 7, contactName: "Ann Lee"));
        _tickets.Tickets.Add(FakeTicketsApi.Ticket(2, "Someone else's", contactId: 8));
        _tickets.Tickets.Add(FakeTicketsApi.Ticket(3, "Old refund", "closed", contactId: 7, contactName: "Ann Lee"));

        var cut = RenderWithPopovers<ContactPage>(("Id", 7L));

        cut.WaitForAssertion(() => Assert.Equal(["Printer jam", "Old refund"],
            cut.FindAll("[data-testid='contact-tickets'] [data-testid='ticket-subject-cell']").Select(td => td.TextContent.Trim())), Patience);
        Assert.All(_tickets.Queries, q => Assert.Equal((7L, 0), (q.ContactId!.Value, q.Statuses!.Count)));
        Assert.Empty(cut.FindAll("[data-testid='contact-tickets'] [data-testid='link-contacts']"));
    }

    [Fact]
    public void NewTicket_FromTheContactPage_StartsAtTheContactAndItsAccountAndStays()
    {
        _contacts.Contacts.Add(FakeContactsApi.Contact(7, "Ann", "Lee", accountId: 5, accountName: "Acme"));
        var cut = RenderWithPopovers<ContactPage>(("Id", 7L));
        cut.WaitForElement("[data-testid='contact-tickets'] [data-testid='tickets-empty']", Patience);
        Assert.Contains("No tickets for this contact yet.", cut.Find("[data-testid='tickets-empty']").TextContent, StringComparison.Ordinal);

        cut.Find("[data-testid='ticket-new']").Click();
        cut.WaitForElement("input[data-testid='ticket-subject']", Patience).Change("Cannot log in");
        Assert.Equal(("Ann Lee", "Acme"), (cut.Find("input[data-testid='ticket-contact']").GetAttribute("value"), cut.Find("input[data-testid='ticket-account']").GetAttribute("value")));
        cut.Find("[data-testid='ticket-save']").Click();

        cut.WaitForAssertion(() => Assert.Equal(((long?)7, (long?)5), (Assert.Single(_tickets.Created).ContactId, _tickets.Created[0].AccountId)), Patience);
        cut.WaitForAssertion(() => Assert.Equal(["Cannot log in"], cut.FindAll("[data-testid='ticket-subject-cell']").Select(td => td.TextContent.Trim())), Patience);
        Assert.Equal("/", CurrentPath);
    }

    [Fact]
    public void Render_AccountPage_OnlyItsTicketsAndNewTicketStartsAtTheAccount()
    {
        _accounts.Accounts.Add(FakeAccountsApi.Account(5, "Acme"));
        _tickets.Tickets.Add(FakeTicketsApi.Ticket(1, "Printer jam", accountId: 5, accountName: "Acme"));
        _tickets.Tickets.Add(FakeTicketsApi.Ticket(2, "Elsewhere", accountId: 6));
        var cut = RenderWithPopovers<AccountPage>(("Id", 5L));

        cut.WaitForAssertion(() => Assert.Equal(["Printer jam"],
            cut.FindAll("[data-testid='account-tickets'] [data-testid='ticket-subject-cell']").Select(td => td.TextContent.Trim())), Patience);
        cut.Find("[data-testid='account-tickets'] [data-testid='ticket-new']").Click();

        Assert.Equal("Acme", cut.WaitForElement("input[data-testid='ticket-account']", Patience).GetAttribute("value"));
        Assert.Equal("", cut.Find("input[data-testid='ticket-contact']").GetAttribute("value") ?? "");
    }
}
