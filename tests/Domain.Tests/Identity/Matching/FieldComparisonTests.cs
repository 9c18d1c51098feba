using Lodestar.Domain.Identity.Matching;
using static Lodestar.Domain.Identity.Matching.ComparisonLevel;

namespace Lodestar.Domain.Tests.Identity.Matching;

public sealed class FieldComparisonTests
{
    private static readonly FieldComparison Surname = new(PersonField.Surname, [Exact(), JaroWinkler(0.92), JaroWinkler(0.7), Else()]);

    private static PersonRecord Person(string? surname = null, string? postcode = null, string? suburb = null, string? state = null) =>
        new("x", Surname: surname, Postcode: postcode, Suburb: suburb, State: state);

    [Theory]
    [InlineData("smith", "smith", 0)]
    [InlineData("martha", "marhta", 1)]
    [InlineData("dwayne", "duane", 2)]
    [InlineData("smith", "jones", 3)]
    public void Compare_Levels_FirstThatHoldsWins(string a, string b, int expected) =>
        Assert.Equal(expected, Surname.Compare(Person(a), Person(b)));

    [Fact]
    public void Compare_ValueMissingOnOneSide_IsMissing() =>
        Assert.Equal(FieldComparison.Missing, Surname.Compare(Person("smith"), Person()));

    [Fact]
    public void Locality_PostcodeAndSuburbEqual_IsTheBestLevel()
    {
        var locality = DefaultComparisons.Locality;

        var level = locality.Compare(Person(postcode: "3053", suburb: "carlton"), Person(postcode: "3053", suburb: "carlton"));

        Assert.Equal("exact and suburb exact", locality.Levels[level].Name);
        Assert.Equal([PersonField.Postcode, PersonField.Suburb, PersonField.State], locality.Fields);
    }

    [Theory]
    [InlineData("3053", "carlton", "3053", "carltn", "exact")]
    [InlineData(null, "carlton", "3053", "carlton", "suburb exact")]
    [InlineData("3053", "carlton", "3035", "fitzroy", "one digit off")]
    [InlineData("3000", "carlton", "6160", "carltonn", "suburb jaro-winkler ≥ 0.92")]
    [InlineData("3000", "carlton", "3999", "fitzroy", "state exact")]
    public void Locality_NestedFields_ReachTheirLevel(string? postcodeA, string suburbA, string postcodeB, string suburbB, string expected)
    {
        var locality = DefaultComparisons.Locality;

        var level = locality.Compare(Person(postcode: postcodeA, suburb: suburbA, state: "vic"), Person(postcode: postcodeB, suburb: suburbB, state: "vic"));

        Assert.Equal(expected, locality.Levels[level].Name);
    }

    [Fact]
    public void Locality_NoFieldOnBothSides_IsMissing() =>
        Assert.Equal(FieldComparison.Missing, DefaultComparisons.Locality.Compare(Person(postcode: "3053"), Person(suburb: "carlton")));

    [Fact]
    public void Constructor_LastLevelNotElse_Throws() =>
        Assert.Throws<ArgumentException>(() => new FieldComparison(PersonField.Surname, [Exact(), JaroWinkler(0.9)]));

    [Fact]
    public void Constructor_MoreLevelsThanFourBitsHold_Throws() =>
        Assert.Throws<ArgumentException>(() => new FieldComparison(PersonField.Surname, [.. Enumerable.Repeat(Exact(), 15), Else()]));
}
