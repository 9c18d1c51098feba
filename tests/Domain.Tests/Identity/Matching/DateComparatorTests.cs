using Lodestar.Domain.Identity.Matching;

namespace Lodestar.Domain.Tests.Identity.Matching;

public sealed class DateComparatorTests
{
    [Theory]
    [InlineData("19800302", "19800302", DateAgreement.Exact)]
    [InlineData("19800302", "19800203", DateAgreement.DayMonthTransposed)]
    [InlineData("19800302", "19810302", DateAgreement.OneFieldOff)]
    [InlineData("19800302", "19800402", DateAgreement.OneFieldOff)]
    [InlineData("19800302", "19800312", DateAgreement.OneFieldOff)]
    [InlineData("19800302", "19750302", DateAgreement.OneFieldOff)]
    [InlineData("19800302", "19810403", DateAgreement.Far)]
    [InlineData("19800302", "19810203", DateAgreement.Far)]
    public void Compare_DatesOfBirth_GivesTheAgreement(string a, string b, DateAgreement expected)
    {
        Assert.Equal(expected, DateComparator.Compare(a, b));
        Assert.Equal(expected, DateComparator.Compare(b, a));
    }

    [Fact]
    public void Compare_InvalidMonthFromATypo_IsStillEvidence()
    {
        // A typo can make a date impossible (month 13); the fields are compared as text, so it still counts.
        Assert.Equal(DateAgreement.OneFieldOff, DateComparator.Compare("19801302", "19800302"));
    }

    [Theory]
    [InlineData("1980", "19800302")]
    [InlineData("unknown", "19800302")]
    public void Compare_NotEightCharacters_IsFar(string a, string b) => Assert.Equal(DateAgreement.Far, DateComparator.Compare(a, b));

    [Fact]
    public void Compare_SameDayAndMonth_IsExactNotTransposed() =>
        Assert.Equal(DateAgreement.Exact, DateComparator.Compare("19800505", "19800505"));
}
