using Lodestar.Domain.Economics.Ledger;

namespace Lodestar.Domain.Tests.Economics.Ledger;

/// <summary>
/// A small fixed ledger, every figure worked by hand (USD workspace; 1 EUR = 1.10 USD, 1 GBP = 1.25 USD):
/// customer 1 orders o1 100 USD on 2026-01-10 (sent twice), is refunded 30 USD of it on 2026-02-05 and orders o2
/// 50 EUR (55 USD) on 2026-03-02: net 125. Customer 2 orders o3 £80 (100 USD) on 2026-01-20, refunded in full (no
/// amount given) on 2026-01-25: net 0. Customer 3 orders o4 200 USD on 2026-02-14 (imported again later: not counted)
/// and wins deal d1 of 300 USD on 2026-04-01: net 500. Profile 4 orders 1000 JPY (no rate: left out) and asks a refund
/// of an unknown order without an amount; profile 5 is refunded 20 USD of an order from before tracking.
/// </summary>
internal static class EconomicsFixture
{
    public static readonly ExchangeRates Rates = new("USD", new Dictionary<string, decimal> { ["EUR"] = 1.10m, ["GBP"] = 1.25m });

    public static IReadOnlyList<RevenueEntry> Entries() =>
    [
        new(1, At("2026-01-10T09:00"), RevenueKind.Order, "o1", 100_00, "USD"),
        new(1, At("2026-01-10T09:05"), RevenueKind.Order, "o1", 100_00, "usd"),
        new(1, At("2026-02-05T12:00"), RevenueKind.Refund, "o1", 30_00, null),
        new(1, At("2026-03-02T10:00"), RevenueKind.Order, "o2", 50_00, "EUR"),
        new(2, At("2026-01-25T10:00"), RevenueKind.Refund, "o3", null, null),
        new(2, At("2026-01-20T10:00"), RevenueKind.Order, "o3", 80_00, "GBP"),
        new(3, At("2026-02-14T10:00"), RevenueKind.Order, "o4", 200_00, "USD"),
        new(3, At("2026-05-01T10:00"), RevenueKind.Import, "o4", 200_00, "USD"),
        new(3, At("2026-04-01T10:00"), RevenueKind.Deal, "deal:1", 300_00, "USD"),
        new(4, At("2026-03-03T10:00"), RevenueKind.Order, "o5", 1000, "JPY"),
        new(4, At("2026-03-04T10:00"), RevenueKind.Refund, "o-unknown", null, null),
        new(5, At("2026-03-05T10:00"), RevenueKind.Refund, "o-before", 20_00, "USD"),
    ];

    public static DateTime At(string text) => DateTime.SpecifyKind(DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);
}
