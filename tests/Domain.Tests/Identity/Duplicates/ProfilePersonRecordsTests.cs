using Lodestar.Domain.Identity.Duplicates;

namespace Lodestar.Domain.Tests.Identity.Duplicates;

public sealed class ProfilePersonRecordsTests
{
    [Fact]
    public void FromTraits_SegmentReservedTraits_EveryFieldRead()
    {
        var record = ProfilePersonRecords.FromTraits(42, new Dictionary<string, string>
        {
            ["firstName"] = "\"Joseph\"", ["lastName"] = "\"Smith\"", ["birthday"] = "\"1980-03-02T00:00:00Z\"",
            ["address"] = """{"street":"12 High Street","city":"Springfield","postalCode":"4000","state":"QLD"}""",
            ["phone"] = "\"+61 7 5555 0100\"", ["email"] = "\"joe@example.com\"",
        })!;

        Assert.Equal(("42", "Joseph", "Smith", "12", "High Street", "Springfield", "4000", "QLD", "1980-03-02"),
            (record.Id, record.GivenName, record.Surname, record.StreetNumber, record.Address1, record.Suburb, record.Postcode, record.State, record.DateOfBirth));
        Assert.Equal(("+61 7 5555 0100", "joe@example.com"), (record.Phone, record.Email));
    }

    [Fact]
    public void FromTraits_OnlyAFullName_SplitIntoGivenNameAndSurname()
    {
        var record = ProfilePersonRecords.FromTraits(1, new Dictionary<string, string> { ["name"] = "\"Ann van der Berg\"" })!;

        Assert.Equal(("Ann", "van der Berg"), (record.GivenName, record.Surname));
    }

    [Fact]
    public void FromTraits_NoName_Null()
    {
        Assert.Null(ProfilePersonRecords.FromTraits(1, new Dictionary<string, string> { ["email"] = "\"a@example.com\"", ["plan"] = "\"pro\"" }));
    }
}
