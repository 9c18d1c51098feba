using Lodestar.Domain.Identity.Matching;

namespace Lodestar.Domain.Tests.Identity.Matching;

public sealed class PersonRecordNormalizerTests
{
    [Fact]
    public void Normalize_AddressWithLeadingNumber_SplitsStreetNumberAndSpellsOutStreetType()
    {
        var record = PersonRecordNormalizer.Normalize(new PersonRecord("1", Address1: "12 High St"));

        Assert.Equal("12", record.StreetNumber);
        Assert.Equal("high street", record.Address1);
    }

    [Fact]
    public void Normalize_StreetNumberGiven_KeepsTheAddressWhole()
    {
        var record = PersonRecordNormalizer.Normalize(new PersonRecord("1", StreetNumber: " 7 ", Address1: "12 High St"));

        Assert.Equal("7", record.StreetNumber);
        Assert.Equal("12 high street", record.Address1);
    }

    [Theory]
    [InlineData("St Kilda Rd", "st kilda road")]
    [InlineData("Wallaby Pl.", "wallaby place")]
    [InlineData("Smith  Cres", "smith crescent")]
    [InlineData("The Esplanade", "the esplanade")]
    public void Normalize_StreetTypeAfterTheName_IsSpeltOutButALeadingSaintIsNot(string given, string expected) =>
        Assert.Equal(expected, PersonRecordNormalizer.Normalize(new PersonRecord("1", Address1: given)).Address1);

    [Theory]
    [InlineData("1980-03-02", "19800302")]
    [InlineData("1980/03/02", "19800302")]
    [InlineData("19800302", "19800302")]
    [InlineData("1980-03-02T00:00:00Z", "19800302")]
    [InlineData("1980-03-02 00:00", "19800302")]
    public void Normalize_DateOfBirth_IsYearMonthDay(string given, string expected) =>
        Assert.Equal(expected, PersonRecordNormalizer.Normalize(new PersonRecord("1", DateOfBirth: given)).DateOfBirth);

    [Fact]
    public void Normalize_Names_AreLowerCaseWithoutPunctuationAndSingleSpaced()
    {
        var record = PersonRecordNormalizer.Normalize(new PersonRecord("1", GivenName: "  Mary-Jane ", Surname: "O'Brien"));

        Assert.Equal("mary jane", record.GivenName);
        Assert.Equal("obrien", record.Surname);
    }

    [Fact]
    public void Normalize_PhoneEmailPostcode_AreInOneSpelling()
    {
        var record = PersonRecordNormalizer.Normalize(
            new PersonRecord("1", Phone: "+61 (2) 9876-5432", Email: " Joe.Smith@Example.COM ", Postcode: "21 19"));

        Assert.Equal("61298765432", record.Phone);
        Assert.Equal("joe.smith@example.com", record.Email);
        Assert.Equal("2119", record.Postcode);
    }

    [Fact]
    public void Normalize_BlankOrPunctuationOnly_IsMissing()
    {
        var record = PersonRecordNormalizer.Normalize(new PersonRecord("id-1", GivenName: "  ", Surname: "--", Phone: "n/a", Email: ""));

        Assert.Null(record.GivenName);
        Assert.Null(record.Surname);
        Assert.Null(record.Phone);
        Assert.Null(record.Email);
        Assert.Equal("id-1", record.Id);
    }
}
