using Lodestar.Domain.Identity;

namespace Lodestar.Domain.Tests.Identity;

public sealed class PhoneNumbersTests
{
    [Theory]
    [InlineData("(415) 555-0132", "US", "+14155550132")]
    [InlineData("1-415-555-0132", "US", "+14155550132")]
    [InlineData("+44 20 7946 0958", "US", "+442079460958")]
    [InlineData("020 7946 0958", "GB", "+442079460958")]
    [InlineData("0044 20 7946 0958", "DE", "+442079460958")]
    [InlineData("+1 415 555 0132 x12", "US", "+14155550132")]
    public void ToE164_CommonSpellings_OneForm(string text, string region, string expected) =>
        Assert.Equal(expected, PhoneNumbers.ToE164(text, region));

    [Theory]
    [InlineData("555-0132", "US")]
    [InlineData("call me", "US")]
    [InlineData("12", "GB")]
    [InlineData("0000000000", "XX")]
    public void ToE164_NotAPhoneNumber_Null(string text, string region) => Assert.Null(PhoneNumbers.ToE164(text, region));
}
