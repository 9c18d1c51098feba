namespace Lodestar.Domain.Economics.Ledger;

/// <summary>
/// Turns reported money movements into the ledger the economics count: each order id once (the earliest report
/// wins, so a resent event or an import of an order already tracked adds nothing), refunds subtracted but never more
/// than their order brought in, every amount converted into the workspace currency.
/// </summary>
public static class RevenueLedgerCalculator
{
    public static RevenueLedger Build(IEnumerable<RevenueEntry> entries, ExchangeRates rates)
    {
        var all = entries.ToList();
        var lines = new List<LedgerLine>(all.Count);
        var refundable = new Dictionary<string, long>(StringComparer.Ordinal);
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        int duplicates = 0, unconverted = 0, unmatched = 0;

        // Orders before refunds, so a refund reported before its order (clock skew, a late import) still finds it.
        foreach (var entry in all.Where(e => e.Kind != RevenueKind.Refund).OrderBy(e => e.At))
        {
            if (entry.OrderId is { } id && refundable.ContainsKey(id))
            {
                duplicates++;
                continue;
            }

            if (!rates.TryConvert(entry.Amount ?? 0, entry.Currency, out var amount))
            {
                unconverted++;
                missing.Add(entry.Currency!.Trim().ToUpperInvariant());
                continue;
            }

            if (entry.OrderId is { } orderId)
                refundable[orderId] = Math.Max(amount, 0);
            lines.Add(new LedgerLine(entry.ProfileId, entry.At, amount, IsPurchase: true));
        }

        foreach (var entry in all.Where(e => e.Kind == RevenueKind.Refund).OrderBy(e => e.At))
        {
            long? asked = null;
            if (entry.Amount is { } reported)
            {
                if (!rates.TryConvert(Math.Abs(reported), entry.Currency, out var converted))
                {
                    unconverted++;
                    missing.Add(entry.Currency!.Trim().ToUpperInvariant());
                    continue;
                }

                asked = converted;
            }

            long refund;
            if (entry.OrderId is { } id && refundable.TryGetValue(id, out var left))
            {
                refund = Math.Min(asked ?? left, left);
                refundable[id] = left - refund;
            }
            else if (asked is { } amount)
                refund = amount;
            else
            {
                unmatched++;
                continue;
            }

            if (refund > 0)
                lines.Add(new LedgerLine(entry.ProfileId, entry.At, -refund, IsPurchase: false));
        }

        return new RevenueLedger(lines, duplicates, unconverted, unmatched, missing);
    }
}
