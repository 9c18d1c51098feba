using Lodestar.Domain.Economics.Ledger;

namespace Lodestar.Domain.Tests.Economics.Ledger;

public sealed class RevenueLedgerCalculatorTests
{
    [Fact]
    public void Build_FixtureLedger_DedupesOrdersConvertsCurrenciesAndSubtractsRefunds()
    {
        var ledger = RevenueLedgerCalculator.Build(EconomicsFixture.Entries(), EconomicsFixture.Rates);

        var net = ledger.Lines.GroupBy(l => l.ProfileId).ToDictionary(g => g.Key, g => g.Sum(l => l.Amount));
        Assert.Equal(125_00, net[1]);
        Assert.Equal(0, net[2]);
        Assert.Equal(500_00, net[3]);
        Assert.False(net.ContainsKey(4));
        Assert.Equal(-20_00, net[5]);
        Assert.Equal((2, 1, 1), (ledger.DuplicateOrders, ledger.Unconverted, ledger.UnmatchedRefunds));
        Assert.Equal(["JPY"], ledger.MissingCurrencies);
        Assert.Equal([100_00, 100_00, 200_00, 55_00, 300_00], ledger.Lines.Where(l => l.IsPurchase).Select(l => l.Amount));
    }

    [Fact]
    public void Build_RefundsAskingMoreThanTheOrder_CappedAtWhatTheOrderBroughtIn()
    {
        RevenueEntry[] entries =
        [
            new(1, EconomicsFixture.At("2026-01-01T00:00"), RevenueKind.Order, "o1", 40_00, "USD"),
            new(1, EconomicsFixture.At("2026-01-02T00:00"), RevenueKind.Refund, "o1", 30_00, "USD"),
            new(1, EconomicsFixture.At("2026-01-03T00:00"), RevenueKind.Refund, "o1", 30_00, "USD"),
            new(1, EconomicsFixture.At("2026-01-04T00:00"), RevenueKind.Refund, "o1", null, null),
        ];

        var ledger = RevenueLedgerCalculator.Build(entries, EconomicsFixture.Rates);

        Assert.Equal([40_00, -30_00, -10_00], ledger.Lines.Select(l => l.Amount));
    }

    [Theory]
    [InlineData(1999, "EUR", 2199)]
    [InlineData(1000, "JPY", 690)]
    [InlineData(1234, "KWD", 401)]
    [InlineData(500, "usd", 500)]
    [InlineData(500, null, 500)]
    public void TryConvert_RateTable_RoundsToWorkspaceMinorUnits(long minor, string? currency, long expected)
    {
        var rates = new ExchangeRates("USD", new Dictionary<string, decimal> { ["EUR"] = 1.10m, ["JPY"] = 0.0069m, ["KWD"] = 3.25m });

        Assert.True(rates.TryConvert(minor, currency, out var converted));
        Assert.Equal(expected, converted);
    }

    [Fact]
    public void TryConvert_CurrencyWithoutRate_False() =>
        Assert.False(new ExchangeRates("USD", new Dictionary<string, decimal>()).TryConvert(100, "CHF", out _));
}
