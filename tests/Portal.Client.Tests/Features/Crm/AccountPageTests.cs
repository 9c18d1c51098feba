using Bunit;
using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;

namespace Lodestar.Portal.Client.Tests.Features.Crm;

public sealed class AccountPageTests() : CrmTestBase(PortalRoles.Sales)
{
    private IRenderedComponent<IComponent> RenderAcme()
    {
        _accounts.Accounts.Add(FakeAccountsApi.Account(5, "Acme", "acme.example", contactCount: 2));
        _contacts.Contacts.Add(FakeContactsApi.Contact(1, "Ann", "Lee", "ann@example.com", 5, "Acme"));
        _contacts.Contacts.Add(FakeContactsApi.Contact(2, "Bob", "Stone", "bob@example.com"));
        _contacts.Contacts.Add(FakeContactsApi.Contact(3, "Cy", "Young", "cy@example.com", 5, "Acme"));
        var cut = RenderWithPopovers<AccountPage>(("Id", 5L));
        cut.WaitForElement("[data-testid='account-title']", Patience);
        return cut;
    }

    [Fact]
    public void Render_Account_DetailsAndOnlyItsContacts()
    {
        var cut = RenderAcme();

        Assert.Equal("Acme", cut.Find("[data-testid='account-title']").TextContent.Trim());
        Assert.Equal("https://acme.example", cut.Find("[data-testid='detail-domain'] a").GetAttribute("href"));
        cut.WaitForAssertion(() => Assert.Equal(["Ann Lee", "Cy Young"],
            cut.FindAll("[data-testid='account-contacts'] [data-testid='contact-name']").Select(td => td.TextContent.Trim())), Patience);
        Assert.All(_contacts.Queries, q => Assert.Equal(5L, q.AccountId));
        Assert.Empty(cut.FindAll("[data-testid='contact-account-filter']"));
        Assert.Equal("api/crm/contacts/export?accountId=5", cut.Find("[data-testid='contact-export']").GetAttribute("href"));
    }

    [Fact]
    public void Render_History_ListsTheAccountsChanges()
    {
        _accounts.Histories[5] = [new("employees", "100", "120", "mia@example.com", new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc))];

        var cut = RenderAcme();

        Assert.Contains("Employees 100 → 120", string.Join(' ', cut.Find("[data-testid='field-change']").TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public void NewContact_FromTheAccount_StartsAtTheAccountAndStays()
    {
        var cut = RenderAcme();
        cut.WaitForElement("[data-testid='contact-new']", Patience).Click();
        cut.WaitForElement("input[data-testid='contact-first-name']", Patience).Change("Dee");
        cut.Find("input[data-testid='contact-last-name']").Change("Ray");

        cut.Find("[data-testid='contact-save']").Click();

        cut.WaitForAssertion(() => Assert.Equal(5L, Assert.Single(_contacts.Created).AccountId), Patience);
        cut.WaitForAssertion(() => Assert.Contains("Dee Ray", cut.FindAll("[data-testid='contact-name']").Select(td => td.TextContent.Trim())), Patience);
        Assert.Equal("/", CurrentPath);
    }

    [Fact]
    public void Delete_Confirmed_DeletesAndGoesToTheList()
    {
        var cut = RenderAcme();

        cut.Find("[data-testid='account-delete']").Click();
        ClickDialogButton(cut, "Delete");

        cut.WaitForAssertion(() => Assert.Equal([5L], _accounts.Deleted), Patience);
        Assert.Equal("/crm/accounts", CurrentPath);
    }

    [Fact]
    public void Edit_Saved_UpdatesAndShowsTheNewName()
    {
        var cut = RenderAcme();

        cut.Find("[data-testid='account-edit']").Click();
        cut.WaitForElement("input[data-testid='account-name-input']", Patience).Change("Acme Corp");
        cut.Find("[data-testid='account-save']").Click();

        cut.WaitForAssertion(() => Assert.Equal("Acme Corp", cut.Find("[data-testid='account-title']").TextContent.Trim()), Patience);
        Assert.Equal((5L, "acme.example"), (_accounts.Updated.Single().Id, _accounts.Updated.Single().Input.Domain));
        Assert.Equal(5L, _accounts.DuplicateChecks.Single().ExceptId);
    }
}
