using Lodestar.Domain.Identity.Matching;

namespace Lodestar.Domain.Tests.Identity.Matching;

public sealed class NumberComparatorTests
{
    [Theory]
    [InlineData("2119", "2119", NumberAgreement.Exact)]
    [InlineData("2119", "2118", NumberAgreement.OneDigitOff)]
    [InlineData("2119", "3119", NumberAgreement.OneDigitOff)]
    [InlineData("2119", "2191", NumberAgreement.OneDigitOff)]
    [InlineData("2119", "1219", NumberAgreement.OneDigitOff)]
    [InlineData("2119", "219", NumberAgreement.OneDigitOff)]
    [InlineData("2119", "21190", NumberAgreement.OneDigitOff)]
    [InlineData("12", "1", NumberAgreement.OneDigitOff)]
    [InlineData("2119", "2200", NumberAgreement.Different)]
    [InlineData("2119", "9112", NumberAgreement.Different)]
    [InlineData("1", "22", NumberAgreement.Different)]
    [InlineData("2119", "21", NumberAgreement.Different)]
    [InlineData("0412555123", "0412555132", NumberAgreement.OneDigitOff)]
    public void Compare_DigitStrings_GivesTheAgreement(string a, string b, NumberAgreement expected)
    {
        Assert.Equal(expected, NumberComparator.Compare(a, b));
        Assert.Equal(expected, NumberComparator.Compare(b, a));
    }
}
