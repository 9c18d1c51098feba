using Lodestar.Domain.Economics;

namespace Lodestar.Domain.Tests.Economics;

public sealed class PurchaseRevenueTests
{
    [Theory]
    [InlineData("""{"properties":{"revenue":29.33}}""", "USD", 2933)]
    [InlineData("""{"properties":{"revenue":"29.33"}}""", "USD", 2933)]
    [InlineData("""{"properties":{"total":54.5,"currency":"USD"}}""", "USD", 5450)]
    [InlineData("""{"properties":{"revenue":10,"total":12}}""", "USD", 1000)]
    [InlineData("""{"properties":{"revenue":19.995}}""", "USD", 2000)]
    [InlineData("""{"properties":{"revenue":1500}}""", "JPY", 1500)]
    [InlineData("""{"properties":{"revenue":1.2345}}""", "KWD", 1235)]
    [InlineData("""{"properties":{"revenue":-5.5}}""", "USD", -550)]
    public void MinorUnits_RevenueElseTotal_RoundedToTheCurrency(string props, string currency, long expected) =>
        Assert.Equal(expected, PurchaseRevenue.MinorUnits(props, currency));

    [Theory]
    [InlineData("""{"properties":{"order_id":"o-1"}}""")]
    [InlineData("""{"properties":{"revenue":"a lot"}}""")]
    [InlineData("""{"properties":{"revenue":null,"total":true}}""")]
    [InlineData("""{"properties":{"revenue":1e300}}""")]
    [InlineData("""{"context":{"page":{"path":"/"}}}""")]
    public void MinorUnits_NoNumber_Zero(string props) => Assert.Equal(0, PurchaseRevenue.MinorUnits(props, "USD"));
}
