using Bunit;
using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;

namespace Lodestar.Portal.Client.Tests.Features.Crm;

public sealed class AccountsPageTests() : CrmTestBase(PortalRoles.Admin)
{
    private IRenderedComponent<IComponent> RenderAcmeAndGlobex()
    {
        _accounts.Accounts.Add(FakeAccountsApi.Account(1, "Acme", "acme.example", contactCount: 12));
        _accounts.Accounts.Add(FakeAccountsApi.Account(2, "Globex", "globex.example", contactCount: 3));
        var cut = RenderWithPopovers<AccountsPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, Names(cut).Length), Patience);
        return cut;
    }

    private static string[] Names(IRenderedComponent<IComponent> cut) =>
        [.. cut.FindAll("[data-testid='account-name']").Select(td => td.TextContent.Trim())];

    private static void Fill(IRenderedComponent<IComponent> cut, string testId, string value) =>
        cut.Find($"input[data-testid='{testId}']").Change(value);

    [Fact]
    public void Render_Accounts_ListsRowsWithContactCountsAndTheTotal()
    {
        var cut = RenderAcmeAndGlobex();

        Assert.Equal(["Acme", "Globex"], Names(cut));
        Assert.Equal(["12", "3"], cut.FindAll("[data-testid='account-contact-count']").Select(td => td.TextContent.Trim()));
        Assert.Equal("2 accounts", cut.Find("[data-testid='account-total']").TextContent.Trim());
        Assert.Equal("crm/accounts/2", cut.FindAll("[data-testid='account-name'] a")[1].GetAttribute("href"));
    }

    [Fact]
    public void Search_Text_PassesQ()
    {
        var cut = RenderAcmeAndGlobex();

        cut.Find("input[data-testid='account-search']").Input("glob");

        cut.WaitForAssertion(() => Assert.Equal(["Globex"], Names(cut)), Patience);
        Assert.Equal("glob", _accounts.Queries[^1].Q);
    }

    [Fact]
    public void SortByContacts_ClickedTwice_AsksForMostContactsFirst()
    {
        var cut = RenderAcmeAndGlobex();
        var header = () => cut.FindAll(".mud-table-sort-label").Single(l => l.TextContent.Contains("Contacts", StringComparison.Ordinal));

        header().Click();
        cut.WaitForAssertion(() => Assert.Equal(["Globex", "Acme"], Names(cut)), Patience);
        header().Click();

        cut.WaitForAssertion(() => Assert.Equal("-contacts", _accounts.Queries[^1].Sort), Patience);
        Assert.Equal("api/crm/accounts/export?sort=-contacts", cut.Find("[data-testid='account-export']").GetAttribute("href"));
    }

    [Fact]
    public void RowClick_NavigatesToTheAccount()
    {
        var cut = RenderAcmeAndGlobex();

        cut.FindAll("[data-testid='account-table'] tbody tr")[0].Click();

        Assert.Equal("/crm/accounts/1", CurrentPath);
    }

    [Fact]
    public void New_Valid_CreatesAndOpensTheAccount()
    {
        var cut = RenderAcmeAndGlobex();
        cut.Find("[data-testid='account-new']").Click();
        cut.WaitForElement("input[data-testid='account-name-input']", Patience);

        Fill(cut, "account-name-input", "Initech ");
        Fill(cut, "account-domain", "initech.example");
        Fill(cut, "account-employees", "250");
        cut.Find("[data-testid='account-save']").Click();

        cut.WaitForAssertion(() => Assert.Single(_accounts.Created), Patience);
        Assert.Equal(("Initech", "initech.example", (int?)250), (_accounts.Created[0].Name, _accounts.Created[0].Domain, _accounts.Created[0].Employees));
        cut.WaitForAssertion(() => Assert.Equal("/crm/accounts/3", CurrentPath), Patience);
    }

    [Fact]
    public void New_NoNameAndNegativeEmployees_SaysWhatIsWrongAndSavesNothing()
    {
        var cut = RenderAcmeAndGlobex();
        cut.Find("[data-testid='account-new']").Click();
        cut.WaitForElement("input[data-testid='account-name-input']", Patience);

        Fill(cut, "account-employees", "-5");
        cut.Find("[data-testid='account-save']").Click();

        cut.WaitForAssertion(() => Assert.Equal("Enter the company's name.", ErrorUnder(cut, "account-name-input")), Patience);
        Assert.Equal("Employees cannot be negative.", ErrorUnder(cut, "account-employees"));
        Assert.Empty(_accounts.DuplicateChecks);
        Assert.Empty(_accounts.Created);
    }

    [Fact]
    public void New_SameDomainExists_WarnsAndSaveAnywaySaves()
    {
        _accounts.Duplicates.Add(new PossibleDuplicateDto(1, "Acme", "same domain"));
        var cut = RenderAcmeAndGlobex();
        cut.Find("[data-testid='account-new']").Click();
        cut.WaitForElement("input[data-testid='account-name-input']", Patience);
        Fill(cut, "account-name-input", "ACME Inc");
        Fill(cut, "account-domain", "acme.example");

        cut.Find("[data-testid='account-save']").Click();
        var warning = cut.WaitForElement("[data-testid='duplicate-warning']", Patience);
        Assert.Contains("same domain", warning.TextContent, StringComparison.Ordinal);
        Assert.Equal("crm/accounts/1", warning.QuerySelector("a")!.GetAttribute("href"));
        Assert.Empty(_accounts.Created);
        cut.Find("[data-testid='duplicate-save-anyway']").Click();

        cut.WaitForAssertion(() => Assert.Equal("ACME Inc", Assert.Single(_accounts.Created).Name), Patience);
    }

    [Fact]
    public void New_ServerRefusesDomain_ShowsItUnderTheDomain()
    {
        _accounts.SaveError = new ApiException(400, "The account is not valid.", new Dictionary<string, string[]> { ["domain"] = ["Enter a domain such as example.com."] });
        var cut = RenderAcmeAndGlobex();
        cut.Find("[data-testid='account-new']").Click();
        cut.WaitForElement("input[data-testid='account-name-input']", Patience);
        Fill(cut, "account-name-input", "Initech");
        Fill(cut, "account-domain", "https://");

        cut.Find("[data-testid='account-save']").Click();

        cut.WaitForAssertion(() => Assert.Equal("Enter a domain such as example.com.", ErrorUnder(cut, "account-domain")), Patience);
        Assert.Contains("The account is not valid.", cut.Find("[data-testid='account-form-error']").TextContent, StringComparison.Ordinal);
    }
}
