using Lodestar.Portal.Client.Features.Crm;
using MudBlazor;

namespace Lodestar.Portal.Client.Tests.Features.Crm;

public sealed class CrmPartsTests
{
    [Theory]
    [InlineData("name", SortDirection.Ascending, "name")]
    [InlineData("updatedAt", SortDirection.Descending, "-updatedAt")]
    [InlineData("email", SortDirection.None, null)]
    [InlineData(null, SortDirection.Ascending, null)]
    public void SortKey_LabelAndDirection_TheApisKey(string? label, SortDirection direction, string? expected) =>
        Assert.Equal(expected, CrmSort.Key(label, direction));

    [Fact]
    public void FieldErrors_CamelCaseOrNot_PlacedUnderTheFieldAndTheRestKept()
    {
        var errors = new FieldErrors(new Dictionary<string, string[]>
        {
            ["email"] = ["Blocked.", "Too long."],
            ["FirstName"] = ["Required."],
            ["tags"] = ["Unknown tag."],
        }, CrmFields.Contact);

        Assert.Equal("Blocked. Too long.", errors.For("email"));
        Assert.Equal("Required.", errors.For("firstName"));
        Assert.False(errors.Has("lastName"));
        Assert.Null(errors.For("lastName"));
        Assert.Equal(["Unknown tag."], errors.Unplaced);
    }

    [Fact]
    public void ContactForm_ToInput_TrimsAndSendsBlanksAsNull()
    {
        var form = new ContactForm
        {
            FirstName = "  Ann ",
            LastName = "Lee",
            Email = "   ",
            BirthDate = new DateTime(1980, 3, 2),
            Account = new AccountOption(5, "Acme"),
            OwnerId = "",
        };

        var input = form.ToInput();

        Assert.Equal(("Ann", "Lee", (string?)null, new DateOnly(1980, 3, 2), (long?)5, (string?)null),
            (input.FirstName, input.LastName, input.Email, input.BirthDate!.Value, input.AccountId, input.OwnerId));
    }

    [Fact]
    public void ContactForm_FromContact_RoundTripsEveryField()
    {
        var contact = TestDoubles.FakeContactsApi.Contact(1, "Ann", "Lee", "ann@example.com", 5, "Acme");

        var input = ContactForm.From(contact).ToInput();

        Assert.Equal(new ContactInput
        {
            ExternalId = "ext-1", FirstName = "Ann", LastName = "Lee", Email = "ann@example.com", Phone = "+1 555 0100",
            BirthDate = new DateOnly(1980, 3, 2), Street = "Main Street", StreetNumber = "5", City = "Springfield", Postcode = "12345",
            State = "IL", Country = "US", AccountId = 5, OwnerId = "u-mia",
        }, input);
    }

    [Fact]
    public void FieldLabel_KnownAndUnknown_ReadableOrAsNamed()
    {
        Assert.Equal("First name", CrmFields.Label("firstName"));
        Assert.Equal("linkedinUrl", CrmFields.Label("linkedinUrl"));
    }
}
