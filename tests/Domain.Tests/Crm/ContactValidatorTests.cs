using Lodestar.Domain.Crm;

namespace Lodestar.Domain.Tests.Crm;

public sealed class ContactValidatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void Normalize_ValidInput_TrimsAndEmptiesBlanks()
    {
        var result = ContactValidator.Normalize(new ContactFields { FirstName = "  Jane ", LastName = "Doe", Email = " jane@example.com ", City = "  " }, Today);

        Assert.Equal(("Jane", "Doe", "jane@example.com", (string?)null), (result.FirstName, result.LastName, result.Email, result.City));
    }

    [Theory]
    [InlineData(null, "Doe", null, null, "firstName")]
    [InlineData("Jane", " ", null, null, "lastName")]
    [InlineData("Jane", "Doe", "jane.example.com", null, "email")]
    [InlineData("Jane", "Doe", "jane@example", null, "email")]
    [InlineData("Jane", "Doe", null, "12", "phone")]
    [InlineData("Jane", "Doe", null, "call me maybe", "phone")]
    public void Normalize_BadField_NamesThatField(string? first, string? last, string? email, string? phone, string field)
    {
        var error = Assert.Throws<DomainValidationException>(() =>
            ContactValidator.Normalize(new ContactFields { FirstName = first, LastName = last, Email = email, Phone = phone }, Today));

        Assert.Equal([field], error.Errors.Keys);
    }

    [Fact]
    public void Normalize_SeveralBadFields_NamesEach()
    {
        var error = Assert.Throws<DomainValidationException>(() => ContactValidator.Normalize(
            new ContactFields { Email = "x", BirthDate = Today.AddDays(1), Postcode = new string('9', 30) }, Today));

        Assert.Equal(["birthDate", "email", "firstName", "lastName", "postcode"], error.Errors.Keys.Order());
    }

    [Theory]
    [InlineData("+44 20 7946 0958")]
    [InlineData("(555) 123-4567")]
    [InlineData("0412.345.678")]
    public void Normalize_CommonPhoneFormats_Accepted(string phone)
    {
        Assert.Equal(phone, ContactValidator.Normalize(new ContactFields { FirstName = "A", LastName = "B", Phone = phone }, Today).Phone);
    }
}
