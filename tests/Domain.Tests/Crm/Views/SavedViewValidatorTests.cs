using Lodestar.Domain.Crm.Views;

namespace Lodestar.Domain.Tests.Crm.Views;

public sealed class SavedViewValidatorTests
{
    [Fact]
    public void Normalize_GoodView_TrimsTheNameAndParsesTheKind()
    {
        var fields = SavedViewValidator.Normalize(new SavedViewFields("Contacts", " Key accounts ", true, """{"q":"acme"}"""), []);

        Assert.Equal(new CheckedSavedViewFields(SavedViewKind.Contacts, "Key accounts", true, """{"q":"acme"}"""), fields);
    }

    [Fact]
    public void Normalize_NameTooLongAndBadQuery_NamesBothAtOnce()
    {
        var error = Assert.Throws<DomainValidationException>(() =>
            SavedViewValidator.Normalize(new SavedViewFields("tickets", new string('x', 81), false, """{"breached":"yes"}"""), []));

        Assert.Equal(["name", "query.breached"], error.Errors.Keys.Order());
        Assert.Equal("A name is too long: at most 80 characters.", Assert.Single(error.Errors["name"]));
    }

    [Fact]
    public void Normalize_NameTheOwnerHasForThatListInAnotherCase_Refused()
    {
        var mine = new List<(SavedViewKind, string)> { (SavedViewKind.Deals, "Big deals"), (SavedViewKind.Contacts, "Mine") };

        var error = Assert.Throws<DomainValidationException>(() => SavedViewValidator.Normalize(new SavedViewFields("deals", "big DEALS", false, "{}"), mine));
        var otherList = SavedViewValidator.Normalize(new SavedViewFields("accounts", "Big deals", false, "{}"), mine);

        Assert.Equal("You already have a deals view called 'big DEALS': choose another name, or delete that view first.", Assert.Single(error.Errors["name"]));
        Assert.Equal(SavedViewKind.Accounts, otherList.Kind);
    }

    [Fact]
    public void Normalize_NoKindNoName_AsksForBoth()
    {
        var error = Assert.Throws<DomainValidationException>(() => SavedViewValidator.Normalize(new SavedViewFields("leads", " ", false, "{}"), []));

        Assert.Equal(["kind", "name"], error.Errors.Keys.Order());
        Assert.Equal("'leads' is not a CRM list: use contacts, accounts, deals or tickets.", Assert.Single(error.Errors["kind"]));
    }
}
