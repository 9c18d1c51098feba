using System.Globalization;
using Lodestar.Domain.Economics.Cohorts;
using Lodestar.Domain.Economics.Ledger;
using Lodestar.Testing;

namespace Lodestar.Domain.Tests.Economics.Cohorts;

/// <summary>
/// The UCI Online Retail data set (Chen, Sain & Guo 2012) through the ledger and cohort calculators, one order per
/// invoice, after dropping rows without a CustomerID and cancellations (invoices starting with C) as REFERENCE.md does.
/// </summary>
public sealed class OnlineRetailCohortTests
{
    [Fact]
    public void Cells_OnlineRetail_December2010CohortHas885CustomersAnd324ActiveInMonth1()
    {
        var invoices = new Dictionary<string, (long Customer, DateTime At, decimal Amount)>(StringComparer.Ordinal);
        var rows = 0;
        foreach (var line in File.ReadLines(SharedData.File("online_retail", "online_retail_uci352.csv")).Skip(1))
        {
            // The description (third column) may hold quoted commas; the other columns never do.
            var head = line.Split(',', 3);
            var tail = line.Split(',')[^5..];
            var (invoice, customer) = (head[0], tail[3]);
            if (customer.Length == 0 || invoice.StartsWith('C'))
                continue;
            rows++;
            var amount = decimal.Parse(tail[0], CultureInfo.InvariantCulture) * decimal.Parse(tail[2], CultureInfo.InvariantCulture);
            var at = DateTime.ParseExact(tail[1], "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
            var id = long.Parse(customer.Split('.')[0], CultureInfo.InvariantCulture);
            invoices[invoice] = invoices.TryGetValue(invoice, out var seen) ? seen with { Amount = seen.Amount + amount } : (id, at, amount);
        }

        var entries = invoices.Select(i => new RevenueEntry(i.Value.Customer, i.Value.At, RevenueKind.Order, i.Key, Money.Currencies.RoundToMinor(i.Value.Amount, "GBP"), "GBP"));
        var ledger = RevenueLedgerCalculator.Build(entries, new ExchangeRates("GBP", new Dictionary<string, decimal>()));
        var customers = CustomerRevenueCalculator.Summarize(ledger.Lines);
        var cells = CohortCalculator.Cells(customers, customers.ToDictionary(c => c.ProfileId, _ => "Direct"), new DateOnly(2011, 12, 1));
        var december = CohortCalculator.Rows(cells).Where(r => r.CohortMonth == new DateOnly(2010, 12, 1)).ToList();

        Assert.Equal((397_924, 4_339), (rows, customers.Count));
        Assert.Equal((885, 885), (december[0].Customers, december[0].ActiveCustomers));
        Assert.Equal(324, december[1].ActiveCustomers);
        Assert.Equal(0.366, december[1].Retention, 0.0005);
        Assert.Equal(13, december.Count);
    }
}
