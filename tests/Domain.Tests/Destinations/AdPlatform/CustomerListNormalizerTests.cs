using Lodestar.Domain.Destinations.AdPlatform;

namespace Lodestar.Domain.Tests.Destinations.AdPlatform;

public sealed class CustomerListNormalizerTests
{
    [Theory]
    // Google's formatting guide: gmail.com / googlemail.com lose the dots and the +suffix, other domains keep them.
    [InlineData("cloudy.sanfrancisco+shopping@gmail.com", AdPlatformKind.Google, "cloudysanfrancisco@gmail.com")]
    [InlineData("user.name+NYC@Example.com", AdPlatformKind.Google, "user.name+nyc@example.com")]
    [InlineData(" Jane.Doe@GoogleMail.com ", AdPlatformKind.Google, "janedoe@googlemail.com")]
    // Meta: trimmed and lower-cased only.
    [InlineData("cloudy.sanfrancisco+shopping@gmail.com", AdPlatformKind.Meta, "cloudy.sanfrancisco+shopping@gmail.com")]
    [InlineData("  Jane.Doe@Example.COM\t", AdPlatformKind.Meta, "jane.doe@example.com")]
    [InlineData("jane .doe@example.com", AdPlatformKind.Meta, "jane.doe@example.com")]
    public void NormalizeEmail_PlatformRules_NormalisedForm(string text, AdPlatformKind platform, string expected) =>
        Assert.Equal(expected, CustomerListNormalizer.NormalizeEmail(text, platform));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("jane")]
    [InlineData("@example.com")]
    [InlineData("jane@")]
    [InlineData("jane@localhost")]
    [InlineData("jane@example.")]
    [InlineData("jane@doe@example.com")]
    [InlineData("+promo@gmail.com")]
    public void NormalizeEmail_NotAnEmail_Null(string text) => Assert.Null(CustomerListNormalizer.NormalizeEmail(text, AdPlatformKind.Google));

    [Theory]
    // Google's example: the US number (800)555-0100 is +18005550100.
    [InlineData("(800)555-0100", "US", AdPlatformKind.Google, "+18005550100")]
    [InlineData("(800)555-0100", "US", AdPlatformKind.Meta, "18005550100")]
    [InlineData("1-800-555-0100", "US", AdPlatformKind.Google, "+18005550100")]
    [InlineData("0044 20 7946 0958", null, AdPlatformKind.Google, "+442079460958")]
    [InlineData("+44 (0)20 7946 0958", null, AdPlatformKind.Meta, "442079460958")]
    [InlineData("0412 345 678", "AU", AdPlatformKind.Google, "+61412345678")]
    [InlineData("+61 412.345.678", "US", AdPlatformKind.Meta, "61412345678")]
    public void NormalizePhone_CommonSpellings_E164(string text, string? country, AdPlatformKind platform, string expected) =>
        Assert.Equal(expected, CustomerListNormalizer.NormalizePhone(text, country, platform));

    [Theory]
    [InlineData("0412 345 678", null)]
    [InlineData("555-0132", "US")]
    [InlineData("12", "GB")]
    [InlineData("+1234567890123456", null)]
    [InlineData("+1234567", null)]
    [InlineData("call me", "US")]
    public void NormalizePhone_ImpossibleOrWithoutCountry_Null(string text, string? country) =>
        Assert.Null(CustomerListNormalizer.NormalizePhone(text, country, AdPlatformKind.Google));

    [Fact]
    public void Sha256Hex_PublishedVector_SameHash() =>
        // X Ads API's documented example: the user name "adsapi".
        Assert.Equal("49e0be2aeccfb51a8dee4c945c8a70a9ac500cf6f5cb08112575f74db9b1470d", CustomerListNormalizer.Sha256Hex("adsapi"));

    [Theory]
    // TikTok's customer-file guide publishes this hash of janedoe@gmail.com; the others are computed with sha256sum.
    [InlineData(" JaneDoe@gmail.com", AdPlatformKind.Meta, "d6117306485ed0e50afab3ac871e98f81699151f30281527d63ff5f233656c69")]
    [InlineData("Jane.Doe+ads@gmail.com", AdPlatformKind.Google, "d6117306485ed0e50afab3ac871e98f81699151f30281527d63ff5f233656c69")]
    [InlineData("Jane.Doe@gmail.com", AdPlatformKind.Meta, "831f6494ad6be4fcb3a724c3d5fef22d3ceffa3c62ef3a7984e45a0ea177f982")]
    [InlineData("cloudy.sanfrancisco+shopping@gmail.com", AdPlatformKind.Google, "223ebda6f6889b1494551ba902d9d381daf2f642bae055888e96343d53e9f9c4")]
    public void HashEmail_Vectors_LowerHexSha256OfTheNormalisedForm(string text, AdPlatformKind platform, string expected) =>
        Assert.Equal(expected, CustomerListNormalizer.HashEmail(text, platform));

    [Theory]
    [InlineData(AdPlatformKind.Google, "fb4f73a6ec5fdb7077d564cdd22c3554b43ce49168550c3b12c547b78c517b30")]
    [InlineData(AdPlatformKind.Meta, "92cfdc5fbcd4a20fbe5d3857af6c1aba31762105bba7f21a17155e920653046c")]
    public void HashPhone_Vectors_HashOfThePlatformsForm(AdPlatformKind platform, string expected) =>
        Assert.Equal(expected, CustomerListNormalizer.HashPhone("(800) 555-0100", "US", platform));

    [Fact]
    public void HashEmailAndPhone_AlreadyHashed_PassedThroughLowerCased()
    {
        const string hashed = " D6117306485ED0E50AFAB3AC871E98F81699151F30281527D63FF5F233656C69 ";

        Assert.Equal(hashed.Trim().ToLowerInvariant(), CustomerListNormalizer.HashEmail(hashed, AdPlatformKind.Google));
        Assert.Equal(hashed.Trim().ToLowerInvariant(), CustomerListNormalizer.HashPhone(hashed, null, AdPlatformKind.Meta));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not an email")]
    public void HashEmail_Unusable_Null(string? text) => Assert.Null(CustomerListNormalizer.HashEmail(text, AdPlatformKind.Meta));
}
