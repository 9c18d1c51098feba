using Lodestar.Domain.Data;
using Lodestar.Domain.Economics.Cohorts;
using Lodestar.Domain.Economics.Ledger;
using Lodestar.Domain.Economics.Results;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Economics.Reports;

/// <summary>
/// Range reads of the last economics run's stored results and of the spend table, shared by the report and dashboard
/// services. A channel, where given, narrows everything to the customers acquired through it and the spend booked on it.
/// </summary>
internal static class EconomicsStoredReads
{
    /// <summary>Whole months from..to; by default the 12 months up to the month of the last run (or of now).</summary>
    public static (DateOnly First, DateOnly Last) Months(DateOnly? from, DateOnly? to, EconomicsSnapshot? snapshot, TimeProvider time)
    {
        var last = to is { } t ? new DateOnly(t.Year, t.Month, 1) : CustomerRevenue.MonthOf(snapshot?.ComputedAt ?? time.GetUtcNow().UtcDateTime);
        var first = from is { } f ? new DateOnly(f.Year, f.Month, 1) : last.AddMonths(-11);
        if (first > last)
            throw new DomainValidationException("from", $"The period starts ({first:yyyy-MM}) after it ends ({last:yyyy-MM}): choose a 'from' on or before 'to'.");
        if (first.Year < 1900 || last.Year > 9000)
            throw new DomainValidationException("from", "Choose a period between the years 1900 and 9000.");
        return (first, last);
    }

    public static async Task<EconomicsPeriod> PeriodAsync(PortalDbContext db, DateOnly first, DateOnly last, ExchangeRates rates, string? channel,
        CancellationToken cancellationToken)
    {
        var months = db.CustomerMonthRevenues.AsNoTracking().Where(m => m.Month >= first && m.Month <= last);
        if (channel is not null)
            months = months.Where(m => db.CustomerEconomics.Any(c => c.ProfileId == m.ProfileId && c.Channel == channel));
        var revenue = await months.SumAsync(m => (long?)m.Revenue, cancellationToken) ?? 0;
        var active = await months.Where(m => m.Orders > 0).Select(m => m.ProfileId).Distinct().CountAsync(cancellationToken);
        var cells = await CellsAsync(db, first, last, channel, cancellationToken);
        var spend = (await SpendAsync(db, first, last, rates, channel, cancellationToken)).Sum(s => s.Cost);
        return new EconomicsPeriod(first, last, revenue, active, UnitEconomicsCalculator.Compute(cells, spend));
    }

    public static async Task<List<CohortCell>> CellsAsync(PortalDbContext db, DateOnly first, DateOnly last, string? channel, CancellationToken cancellationToken)
    {
        var query = db.EconomicsCohortCells.AsNoTracking().Where(c => c.CohortMonth >= first && c.CohortMonth <= last);
        if (channel is not null)
            query = query.Where(c => c.Channel == channel);
        return (await query.ToListAsync(cancellationToken))
            .Select(c => new CohortCell(c.CohortMonth, c.Channel, c.MonthIndex, c.Customers, c.ActiveCustomers, c.Revenue)).ToList();
    }

    /// <summary>
    /// Spend of the months converted into the workspace currency; rows in a currency without a rate are left out, as in
    /// the ledger. Spend is typed by people, so its channel matches whatever the case ("paid search" is Paid Search).
    /// </summary>
    public static async Task<List<(DateOnly Month, string Channel, long Cost)>> SpendAsync(PortalDbContext db, DateOnly first, DateOnly last,
        ExchangeRates rates, string? channel, CancellationToken cancellationToken)
    {
        var end = last.AddMonths(1);
        var rows = await db.MarketingSpend.AsNoTracking().Where(s => s.Date >= first && s.Date < end)
            .Select(s => new { s.Date, s.Channel, s.Cost, s.Currency }).ToListAsync(cancellationToken);
        return rows.Where(r => channel is null || string.Equals(r.Channel, channel, StringComparison.OrdinalIgnoreCase))
            .Select(r => rates.TryConvert(r.Cost, r.Currency, out var cost) ? (new DateOnly(r.Date.Year, r.Date.Month, 1), r.Channel, cost) : default)
            .Where(r => r.Channel is not null).ToList();
    }

    /// <summary>
    /// One row per channel (or month) named in the cells or the spend, ordered by name, and the total: spend names are
    /// matched to attribution's whatever the case, and the first spelling seen is kept.
    /// </summary>
    public static (List<CacRow> Rows, CacRow Total) CacRows(List<CohortCell> cells, List<(DateOnly Month, string Channel, long Cost)> spend, CacGrouping groupBy)
    {
        Func<CohortCell, string> cellKey = groupBy == CacGrouping.Channel ? c => c.Channel : c => MonthKey(c.CohortMonth);
        Func<(DateOnly Month, string Channel, long Cost), string> spendKey = groupBy == CacGrouping.Channel ? s => s.Channel : s => MonthKey(s.Month);
        var names = cells.Select(cellKey).Concat(spend.Select(spendKey)).GroupBy(k => k, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First()).OrderBy(k => k, StringComparer.Ordinal).ToList();
        var rows = names.Select(name => new CacRow(name, UnitEconomicsCalculator.Compute(
            cells.Where(c => string.Equals(cellKey(c), name, StringComparison.OrdinalIgnoreCase)).ToList(),
            spend.Where(s => string.Equals(spendKey(s), name, StringComparison.OrdinalIgnoreCase)).Sum(s => s.Cost)))).ToList();
        return (rows, new CacRow("total", UnitEconomicsCalculator.Compute(cells, spend.Sum(s => s.Cost))));
    }

    public static string MonthKey(DateOnly month) => month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
