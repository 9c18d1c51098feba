using Bunit;
using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;

namespace Lodestar.Portal.Client.Tests.Features.Crm;

public sealed class ContactDialogTests() : CrmTestBase(PortalRoles.Sales)
{
    private IRenderedComponent<IComponent> OpenNewContact()
    {
        var cut = RenderWithPopovers<ContactsPage>();
        cut.WaitForElement("[data-testid='contact-new']", Patience).Click();
        cut.WaitForElement("input[data-testid='contact-first-name']", Patience);
        return cut;
    }

    private static void Fill(IRenderedComponent<IComponent> cut, string testId, string value) =>
        cut.Find($"input[data-testid='{testId}']").Change(value);

    private static void FillAnn(IRenderedComponent<IComponent> cut)
    {
        Fill(cut, "contact-first-name", " Ann ");
        Fill(cut, "contact-last-name", "Lee");
        Fill(cut, "contact-email", "ann@example.com");
    }

    [Fact]
    public void Save_NamesMissing_ShowsWhatIsRequiredAndSavesNothing()
    {
        var cut = OpenNewContact();

        cut.Find("[data-testid='contact-save']").Click();

        cut.WaitForAssertion(() => Assert.Equal("Enter a first name.", ErrorUnder(cut, "contact-first-name")), Patience);
        Assert.Equal("Enter a last name.", ErrorUnder(cut, "contact-last-name"));
        Assert.Empty(_contacts.DuplicateChecks);
        Assert.Empty(_contacts.Created);
        Assert.NotEmpty(cut.FindAll(".mud-dialog"));
    }

    [Fact]
    public void Save_EmailWithoutDomain_SaysWhatAnEmailLooksLike()
    {
        var cut = OpenNewContact();
        FillAnn(cut);
        Fill(cut, "contact-email", "ann.example.com");

        cut.Find("[data-testid='contact-save']").Click();

        cut.WaitForAssertion(() => Assert.Contains("like ann@example.com", ErrorUnder(cut, "contact-email"), StringComparison.Ordinal), Patience);
        Assert.Empty(_contacts.Created);
    }

    [Fact]
    public void Save_Valid_CreatesTrimmedInputAndOpensTheNewContact()
    {
        var cut = OpenNewContact();
        FillAnn(cut);
        Fill(cut, "contact-city", "Springfield");

        cut.Find("[data-testid='contact-save']").Click();

        cut.WaitForAssertion(() => Assert.Single(_contacts.Created), Patience);
        var input = _contacts.Created[0];
        Assert.Equal(("Ann", "Lee", "ann@example.com", "Springfield", (string?)null), (input.FirstName, input.LastName, input.Email, input.City, input.Phone));
        Assert.Equal((input, (long?)null), _contacts.DuplicateChecks.Single());
        cut.WaitForAssertion(() => Assert.Equal("/crm/contacts/1", CurrentPath), Patience);
    }

    [Fact]
    public void Save_ServerRefusesFields_ShowsEachUnderItsFieldAndTheMessage()
    {
        _contacts.SaveError = new ApiException(400, "The contact is not valid.", new Dictionary<string, string[]>
        {
            ["email"] = ["This email is blocked."],
            ["lastName"] = ["Last name is too long.", "It has digits."],
            ["somethingElse"] = ["The server also says this."],
        });
        var cut = OpenNewContact();
        FillAnn(cut);

        cut.Find("[data-testid='contact-save']").Click();

        cut.WaitForAssertion(() => Assert.Equal("This email is blocked.", ErrorUnder(cut, "contact-email")), Patience);
        Assert.Equal("Last name is too long. It has digits.", ErrorUnder(cut, "contact-last-name"));
        Assert.Equal("", ErrorUnder(cut, "contact-first-name"));
        var alert = cut.Find("[data-testid='contact-form-error']").TextContent;
        Assert.Contains("The contact is not valid.", alert, StringComparison.Ordinal);
        Assert.Contains("The server also says this.", alert, StringComparison.Ordinal);
        Assert.NotEmpty(cut.FindAll(".mud-dialog"));
    }

    [Fact]
    public void Save_AgainAfterServerErrors_OnlyTheNewProblemsShow()
    {
        _contacts.SaveError = new ApiException(400, "The contact is not valid.", new Dictionary<string, string[]> { ["email"] = ["This email is blocked."] });
        var cut = OpenNewContact();
        FillAnn(cut);
        cut.Find("[data-testid='contact-save']").Click();
        cut.WaitForAssertion(() => Assert.Equal("This email is blocked.", ErrorUnder(cut, "contact-email")), Patience);

        Fill(cut, "contact-first-name", "");
        cut.Find("[data-testid='contact-save']").Click();

        cut.WaitForAssertion(() => Assert.Equal("Enter a first name.", ErrorUnder(cut, "contact-first-name")), Patience);
        Assert.Equal("", ErrorUnder(cut, "contact-email"));
        Assert.Empty(cut.FindAll("[data-testid='contact-form-error']"));
        Assert.Single(_contacts.Created);
    }

    [Fact]
    public void Save_AfterFixingWhatTheServerRefused_SavesAndCloses()
    {
        _contacts.SaveError = new ApiException(400, "The contact is not valid.", new Dictionary<string, string[]> { ["phone"] = ["'12' is not a phone number."] });
        var cut = OpenNewContact();
        FillAnn(cut);
        cut.Find("[data-testid='contact-save']").Click();
        cut.WaitForAssertion(() => Assert.Equal("'12' is not a phone number.", ErrorUnder(cut, "contact-phone")), Patience);

        _contacts.SaveError = null;
        Fill(cut, "contact-phone", "+44 20 7946 0958");
        cut.Find("[data-testid='contact-save']").Click();

        cut.WaitForAssertion(() => Assert.Equal(2, _contacts.Created.Count), Patience);
        Assert.Equal("+44 20 7946 0958", _contacts.Created[1].Phone);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".mud-dialog")), Patience);
    }

    [Fact]
    public void Save_PossibleDuplicates_WarnsWithLinksAndSavesNothingYet()
    {
        _contacts.Duplicates.Add(new PossibleDuplicateDto(7, "Ann Lee", "same email"));
        _contacts.Duplicates.Add(new PossibleDuplicateDto(9, "Annie Lee", "same name and birth date"));
        var cut = OpenNewContact();
        FillAnn(cut);

        cut.Find("[data-testid='contact-save']").Click();

        var warning = cut.WaitForElement("[data-testid='duplicate-warning']", Patience);
        var items = warning.QuerySelectorAll("[data-testid='duplicate-item']");
        Assert.Equal(2, items.Length);
        Assert.Contains("same email", items[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("crm/contacts/7", items[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Empty(_contacts.Created);
    }

    [Fact]
    public void SaveAnyway_AfterTheWarning_CreatesTheContact()
    {
        _contacts.Duplicates.Add(new PossibleDuplicateDto(7, "Ann Lee", "same email"));
        var cut = OpenNewContact();
        FillAnn(cut);
        cut.Find("[data-testid='contact-save']").Click();

        cut.WaitForElement("[data-testid='duplicate-save-anyway']", Patience).Click();

        cut.WaitForAssertion(() => Assert.Equal("ann@example.com", Assert.Single(_contacts.Created).Email), Patience);
        Assert.Single(_contacts.DuplicateChecks);
    }

    [Fact]
    public void CancelTheWarning_SavesNothingAndKeepsTheForm()
    {
        _contacts.Duplicates.Add(new PossibleDuplicateDto(7, "Ann Lee", "same email"));
        var cut = OpenNewContact();
        FillAnn(cut);
        cut.Find("[data-testid='contact-save']").Click();

        cut.WaitForElement("[data-testid='duplicate-cancel']", Patience).Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid='duplicate-warning']")), Patience);
        Assert.Empty(_contacts.Created);
        Assert.Equal("Ann", cut.Find("input[data-testid='contact-first-name']").GetAttribute("value")?.Trim());
    }

    [Fact]
    public void Cancel_Dialog_ClosesWithoutSaving()
    {
        var cut = OpenNewContact();
        FillAnn(cut);

        cut.Find("[data-testid='contact-cancel']").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".mud-dialog")), Patience);
        Assert.Empty(_contacts.DuplicateChecks);
        Assert.Empty(_contacts.Created);
    }
}
