using Bunit;
using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;

namespace Lodestar.Portal.Client.Tests.Features.Crm;

public sealed class ContactsPageTests() : CrmTestBase(PortalRoles.Sales)
{
    private void AddAnnAndBob()
    {
        _contacts.Contacts.Add(FakeContactsApi.Contact(1, "Ann", "Lee", "ann@example.com", 5, "Acme", updatedDay: 3));
        _contacts.Contacts.Add(FakeContactsApi.Contact(2, "Bob", "Stone", "bob@example.com", updatedDay: 9));
    }

    private static string[] Names(IRenderedComponent<IComponent> cut) =>
        [.. cut.FindAll("[data-testid='contact-name']").Select(td => td.TextContent.Trim())];

    [Fact]
    public void Render_Contacts_ListsRowsWithLinksAndTheTotal()
    {
        AddAnnAndBob();

        var cut = RenderWithPopovers<ContactsPage>();

        cut.WaitForAssertion(() => Assert.Equal(["Ann Lee", "Bob Stone"], Names(cut)), Patience);
        Assert.Equal("crm/contacts/1", cut.Find("[data-testid='contact-name'] a").GetAttribute("href"));
        Assert.Equal("2 contacts", cut.Find("[data-testid='contact-total']").TextContent.Trim());
        Assert.Contains("Acme", cut.Find("[data-testid='contact-table']").TextContent, StringComparison.Ordinal);
        Assert.Equal(new ContactQuery(Offset: 0, Limit: 25), _contacts.Queries[0]);
    }

    [Fact]
    public void Search_Text_PassesQAndShowsOnlyMatches()
    {
        AddAnnAndBob();
        var cut = RenderWithPopovers<ContactsPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, Names(cut).Length), Patience);

        cut.Find("input[data-testid='contact-search']").Input("stone");

        cut.WaitForAssertion(() => Assert.Equal(["Bob Stone"], Names(cut)), Patience);
        Assert.Equal("stone", _contacts.Queries[^1].Q);
        Assert.Equal("1 contact", cut.Find("[data-testid='contact-total']").TextContent.Trim());
    }

    [Fact]
    public void SortByEmail_ClickedTwice_AsksForEmailThenDescending()
    {
        AddAnnAndBob();
        var cut = RenderWithPopovers<ContactsPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, Names(cut).Length), Patience);
        var emailHeader = () => cut.FindAll(".mud-table-sort-label").Single(l => l.TextContent.Contains("Email", StringComparison.Ordinal));

        emailHeader().Click();
        cut.WaitForAssertion(() => Assert.Equal("email", _contacts.Queries[^1].Sort), Patience);
        emailHeader().Click();

        cut.WaitForAssertion(() => Assert.Equal("-email", _contacts.Queries[^1].Sort), Patience);
        cut.WaitForAssertion(() => Assert.Equal(["Bob Stone", "Ann Lee"], Names(cut)), Patience);
    }

    [Fact]
    public void SortByUpdated_Click_AsksForUpdatedAt()
    {
        AddAnnAndBob();
        var cut = RenderWithPopovers<ContactsPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, Names(cut).Length), Patience);

        cut.FindAll(".mud-table-sort-label").Single(l => l.TextContent.Contains("Updated", StringComparison.Ordinal)).Click();

        cut.WaitForAssertion(() => Assert.Equal("updatedAt", _contacts.Queries[^1].Sort), Patience);
    }

    [Fact]
    public void ExportLink_AfterSearchAndSort_DownloadsTheSameList()
    {
        AddAnnAndBob();
        var cut = RenderWithPopovers<ContactsPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, Names(cut).Length), Patience);

        cut.Find("input[data-testid='contact-search']").Input("ann");
        cut.WaitForAssertion(() => Assert.Equal(["Ann Lee"], Names(cut)), Patience);
        cut.FindAll(".mud-table-sort-label").Single(l => l.TextContent.Contains("Name", StringComparison.Ordinal)).Click();

        cut.WaitForAssertion(() => Assert.Equal("api/crm/contacts/export?q=ann&sort=name", cut.Find("[data-testid='contact-export']").GetAttribute("href")), Patience);
        Assert.Equal("a", cut.Find("[data-testid='contact-export']").TagName.ToLowerInvariant());
        Assert.True(cut.Find("[data-testid='contact-export']").HasAttribute("download"));
    }

    [Fact]
    public void OwnerFilter_Chosen_PassesTheOwnersId()
    {
        AddAnnAndBob();
        var cut = RenderWithPopovers<ContactsPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, Names(cut).Length), Patience);

        cut.Find("[data-testid='contact-owner-filter']").Closest(".mud-select")!.MouseDown();
        cut.WaitForAssertion(() => Assert.Contains(cut.FindAll(".mud-popover-open .mud-list-item"), i => i.TextContent.Contains("Sam Admin", StringComparison.Ordinal)), Patience);
        cut.FindAll(".mud-popover-open .mud-list-item").Single(i => i.TextContent.Contains("Sam Admin", StringComparison.Ordinal)).Click();

        cut.WaitForAssertion(() => Assert.Equal("u-sam", _contacts.Queries[^1].OwnerId), Patience);
        cut.WaitForAssertion(() => Assert.Contains("No contact matches these filters.", cut.Find("[data-testid='contacts-empty']").TextContent, StringComparison.Ordinal), Patience);
        Assert.Equal("api/crm/contacts/export?ownerId=u-sam", cut.Find("[data-testid='contact-export']").GetAttribute("href"));
    }

    [Fact]
    public void AccountFilter_Chosen_PassesTheAccountsId()
    {
        AddAnnAndBob();
        _accounts.Accounts.Add(FakeAccountsApi.Account(5, "Acme"));
        _accounts.Accounts.Add(FakeAccountsApi.Account(6, "Globex"));
        var cut = RenderWithPopovers<ContactsPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, Names(cut).Length), Patience);

        cut.Find("input[data-testid='contact-account-filter']").Input("acm");
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll(".mud-popover-open .mud-list-item")), Patience);
        cut.Find(".mud-popover-open .mud-list-item").Click();

        cut.WaitForAssertion(() => Assert.Equal(5L, _contacts.Queries[^1].AccountId), Patience);
        cut.WaitForAssertion(() => Assert.Equal(["Ann Lee"], Names(cut)), Patience);
        Assert.Equal("acm", _accounts.Queries[^1].Q);
    }

    [Fact]
    public void RowClick_NavigatesToTheContact()
    {
        AddAnnAndBob();
        var cut = RenderWithPopovers<ContactsPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, Names(cut).Length), Patience);

        cut.FindAll("[data-testid='contact-table'] tbody tr")[1].Click();

        Assert.Equal("/crm/contacts/2", CurrentPath);
    }

    [Fact]
    public void Search_OnALaterPage_StartsAgainAtTheFirstPage()
    {
        // 40 matches still fill two pages, so only the search itself can bring the table back to the first.
        for (var i = 1; i <= 60; i++)
            _contacts.Contacts.Add(FakeContactsApi.Contact(i, i <= 40 ? "Ann" : "Bob", $"{i:D2}"));
        var cut = RenderWithPopovers<ContactsPage>();
        cut.WaitForAssertion(() => Assert.Equal(25, Names(cut).Length), Patience);
        cut.Find("[data-testid='contact-table'] button[aria-label='Next page']").Click();
        cut.WaitForAssertion(() => Assert.Equal(25, _contacts.Queries[^1].Offset), Patience);

        cut.Find("input[data-testid='contact-search']").Input("ann");

        cut.WaitForAssertion(() => Assert.Equal(("ann", 0), (_contacts.Queries[^1].Q, _contacts.Queries[^1].Offset)), Patience);
        cut.WaitForAssertion(() => Assert.Equal("Ann 01", Names(cut)[0]), Patience);
    }

    [Fact]
    public void Render_Sales_ShowsNewContact()
    {
        var cut = RenderWithPopovers<ContactsPage>();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid='contacts-empty']")), Patience);
        Assert.Equal("New contact", cut.Find("[data-testid='contact-new']").TextContent.Trim());
    }

    [Fact]
    public void Render_NoContacts_EmptyStateSaysToCreateOne()
    {
        var cut = RenderWithPopovers<ContactsPage>();

        var empty = cut.WaitForElement("[data-testid='contacts-empty']", Patience).TextContent;
        Assert.Contains("No contacts yet.", empty, StringComparison.Ordinal);
        Assert.Contains("Create the first with New contact", empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ListRefused_ShowsTheReason()
    {
        _contacts.ListError = new ApiException(503, "The CRM database is not reachable.");

        var cut = RenderWithPopovers<ContactsPage>();

        cut.WaitForAssertion(() => Assert.Contains("not reachable", cut.Find("[data-testid='contacts-error']").TextContent, StringComparison.Ordinal), Patience);
    }

    [Fact]
    public void Render_Page_LinksToAccountsAndBackToTheCrm()
    {
        var cut = RenderWithPopovers<ContactsPage>();

        Assert.Equal("crm/accounts", cut.Find("[data-testid='crm-nav-accounts']").GetAttribute("href"));
        Assert.Contains(cut.FindAll(".mud-breadcrumbs a"), a => a.GetAttribute("href") == "crm");
    }
}
