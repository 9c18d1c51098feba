using Lodestar.Domain.Money;
using Lodestar.Portal.Client.Features.Crm.Deals;

namespace Lodestar.Portal.Tests.Features.Crm.Deals;

/// <summary>The client's copy of the ISO 4217 exponents must agree with the Domain's.</summary>
public sealed class MoneyTextTests
{
    [Theory]
    [InlineData("USD")]
    [InlineData("EUR")]
    [InlineData("JPY")]
    [InlineData("KRW")]
    [InlineData("XOF")]
    [InlineData("KWD")]
    [InlineData("TND")]
    [InlineData("GBP")]
    public void DigitsOf_AnyCurrency_SameAsDomain(string currency)
    {
        Assert.Equal(Currencies.DigitsOf(currency), MoneyText.DigitsOf(currency));
        Assert.Equal(Currencies.Format(123456, currency), MoneyText.Format(123456, currency));
    }

    [Fact]
    public void ToMinor_TooManyDecimals_Null()
    {
        Assert.Equal(1999L, MoneyText.ToMinor(19.99m, "USD"));
        Assert.Null(MoneyText.ToMinor(19.999m, "USD"));
        Assert.Null(MoneyText.ToMinor(1.5m, "JPY"));
        Assert.Equal(1500L, MoneyText.ToMinor(1.5m, "KWD"));
    }

    [Fact]
    public void Compact_WholeAmount_DropsTheMinorDigitsOnlyThen()
    {
        Assert.Equal("12,500 USD", MoneyText.Compact(1_250_000, "USD"));
        Assert.Equal("4,800.50 USD", MoneyText.Compact(480_050, "USD"));
        Assert.Equal("1,500 JPY", MoneyText.Compact(1_500, "JPY"));
    }
}
