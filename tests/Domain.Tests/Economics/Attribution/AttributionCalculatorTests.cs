using Lodestar.Domain.Economics.Attribution;
using Lodestar.Domain.Tests.Economics.Ledger;

namespace Lodestar.Domain.Tests.Economics.Attribution;

public sealed class AttributionCalculatorTests
{
    private static readonly ChannelMapping Mapping = new(DefaultChannelRules.All, ["shop.example"]);

    private static readonly Dictionary<long, DateTime> FirstPurchase = new()
    {
        [1] = EconomicsFixture.At("2026-01-10T09:00"),
        [2] = EconomicsFixture.At("2026-01-20T10:00"),
        [3] = EconomicsFixture.At("2026-02-14T10:00"),
    };

    /// <summary>
    /// Customer 1 came first from Google's results (as an anonymous visitor), then clicked a paid Facebook ad, bought,
    /// and later opened an email. Customer 2 only moved between the shop's own pages. Customer 3 bought on its one
    /// visit, from a Google ad (the purchase event itself carries the campaign).
    /// </summary>
    private static readonly Touch[] Touches =
    [
        new(1, EconomicsFixture.At("2026-01-01T08:00"), null, null, null, "https://www.google.com/search?q=lamps"),
        new(1, EconomicsFixture.At("2026-01-05T08:00"), "facebook", "paid_social", "spring", "https://www.facebook.com/"),
        new(1, EconomicsFixture.At("2026-01-15T08:00"), "newsletter", "email", "winback", null),
        new(2, EconomicsFixture.At("2026-01-19T08:00"), null, null, null, "https://shop.example/cart"),
        new(3, EconomicsFixture.At("2026-02-14T10:00"), "Google", "CPC", "brand", "https://www.google.com/"),
        new(4, EconomicsFixture.At("2026-02-14T10:00"), "google", "cpc", "brand", null),
    ];

    [Fact]
    public void Assign_FirstTouch_EarliestTouchBeforeThePurchase()
    {
        var channels = AttributionCalculator.Assign(FirstPurchase, Touches, AttributionModel.FirstTouch, Mapping);

        Assert.Equal(("Organic Search", "Direct", "Paid Search"), (channels[1], channels[2], channels[3]));
        Assert.Equal(3, channels.Count);
    }

    [Fact]
    public void Assign_LastTouch_LatestTouchAtOrBeforeThePurchase()
    {
        var channels = AttributionCalculator.Assign(FirstPurchase, Touches, AttributionModel.LastTouch, Mapping);

        Assert.Equal(("Paid Social", "Direct", "Paid Search"), (channels[1], channels[2], channels[3]));
    }

    [Theory]
    [InlineData("google", "cpc", null, "Paid Search")]
    [InlineData("bing", "ppc", null, "Paid Search")]
    [InlineData("facebook", "paid_social", null, "Paid Social")]
    [InlineData("linkedin", "cpc", null, "Paid Social")]
    [InlineData("newsletter", "email", null, "Email")]
    [InlineData("partner-blog", "referral", null, "Referral")]
    [InlineData("twitter", null, null, "Organic Social")]
    [InlineData("podcast", "audio", null, "Other Campaign")]
    [InlineData(null, null, "https://www.google.co.uk/", "Organic Search")]
    [InlineData(null, null, "https://t.co/abc", "Organic Social")]
    [InlineData(null, null, "https://blog.techradar.example/review", "Referral")]
    [InlineData(null, null, "https://www.shop.example/", null)]
    [InlineData(null, null, "", null)]
    public void ChannelOf_DefaultRules_ExpectedChannel(string? source, string? medium, string? referrer, string? expected) =>
        Assert.Equal(expected, Mapping.ChannelOf(new Touch(1, DateTime.UnixEpoch, source, medium, null, referrer)));

    [Fact]
    public void ChannelOf_CustomRuleFirst_OverridesTheDefaults()
    {
        var mapping = new ChannelMapping([new ChannelRule("Brand Search", ["google"], ["cpc"]), .. DefaultChannelRules.All], []);

        Assert.Equal("Brand Search", mapping.ChannelOf(new Touch(1, DateTime.UnixEpoch, "google", "cpc", null, null)));
    }
}
