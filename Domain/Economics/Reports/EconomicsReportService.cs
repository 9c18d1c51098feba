using Lodestar.Domain.Data;
using Lodestar.Domain.Economics.Cohorts;
using Lodestar.Domain.Economics.Ledger;
using Lodestar.Domain.Economics.Results;
using Lodestar.Domain.Economics.Settings;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Economics.Reports;

/// <summary>
/// The dashboard's figures, read from the last economics run's stored results (and the spend table, so a corrected
/// spend row shows at once): small range reads, no event is touched.
/// </summary>
public sealed class EconomicsReportService(IDbContextFactory<PortalDbContext> contexts, EconomicsSettingsService settingsService, TimeProvider time)
{
    /// <param name="from">Any day of the first month; default: 11 months before <paramref name="to"/>.</param>
    /// <param name="to">Any day of the last month; default: the month of the last run (or now).</param>
    public async Task<EconomicsSummary> SummaryAsync(DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var snapshot = await db.EconomicsSnapshots.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        var settings = await settingsService.GetAsync(cancellationToken);
        var (first, last) = Months(from, to, snapshot);
        var length = CustomerRevenue.MonthsBetween(first, last) + 1;
        var current = await PeriodAsync(db, first, last, settings.ExchangeRates, cancellationToken);
        var previous = await PeriodAsync(db, first.AddMonths(-length), first.AddMonths(-1), settings.ExchangeRates, cancellationToken);
        return new EconomicsSummary(snapshot?.ComputedAt, snapshot?.Currency ?? settings.Currency, snapshot?.Attribution ?? settings.Attribution.ToString(), current, previous);
    }

    public async Task<CacReport> CacAsync(DateOnly? from, DateOnly? to, CacGrouping groupBy, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var snapshot = await db.EconomicsSnapshots.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        var settings = await settingsService.GetAsync(cancellationToken);
        var (first, last) = Months(from, to, snapshot);
        var cells = await CellsAsync(db, first, last, cancellationToken);
        var spend = await SpendAsync(db, first, last, settings.ExchangeRates, cancellationToken);
        Func<CohortCell, string> cellKey = groupBy == CacGrouping.Channel ? c => c.Channel : c => Month(c.CohortMonth);
        Func<(DateOnly Month, string Channel, long Cost), string> spendKey = groupBy == CacGrouping.Channel ? s => s.Channel : s => Month(s.Month);
        // Spend is typed by people: "paid search" is the Paid Search that attribution names.
        var names = cells.Select(cellKey).Concat(spend.Select(spendKey)).GroupBy(k => k, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First()).OrderBy(k => k, StringComparer.Ordinal).ToList();
        var rows = names.Select(name => new CacRow(name, UnitEconomicsCalculator.Compute(
            cells.Where(c => string.Equals(cellKey(c), name, StringComparison.OrdinalIgnoreCase)).ToList(),
            spend.Where(s => string.Equals(spendKey(s), name, StringComparison.OrdinalIgnoreCase)).Sum(s => s.Cost)))).ToList();
        return new CacReport(snapshot?.ComputedAt, settings.Currency, first, last, groupBy, rows,
            new CacRow("total", UnitEconomicsCalculator.Compute(cells, spend.Sum(s => s.Cost))));
    }

    private (DateOnly First, DateOnly Last) Months(DateOnly? from, DateOnly? to, EconomicsSnapshot? snapshot)
    {
        var last = to is { } t ? new DateOnly(t.Year, t.Month, 1) : CustomerRevenue.MonthOf(snapshot?.ComputedAt ?? time.GetUtcNow().UtcDateTime);
        var first = from is { } f ? new DateOnly(f.Year, f.Month, 1) : last.AddMonths(-11);
        if (first > last)
            throw new DomainValidationException("from", $"The period starts ({first:yyyy-MM}) after it ends ({last:yyyy-MM}): choose a 'from' on or before 'to'.");
        if (first.Year < 1900 || last.Year > 9000)
            throw new DomainValidationException("from", "Choose a period between the years 1900 and 9000.");
        return (first, last);
    }

    private static async Task<EconomicsPeriod> PeriodAsync(PortalDbContext db, DateOnly first, DateOnly last, ExchangeRates rates, CancellationToken cancellationToken)
    {
        var months = db.CustomerMonthRevenues.AsNoTracking().Where(m => m.Month >= first && m.Month <= last);
        var revenue = await months.SumAsync(m => (long?)m.Revenue, cancellationToken) ?? 0;
        var active = await months.Where(m => m.Orders > 0).Select(m => m.ProfileId).Distinct().CountAsync(cancellationToken);
        var cells = await CellsAsync(db, first, last, cancellationToken);
        var spend = (await SpendAsync(db, first, last, rates, cancellationToken)).Sum(s => s.Cost);
        return new EconomicsPeriod(first, last, revenue, active, UnitEconomicsCalculator.Compute(cells, spend));
    }

    private static async Task<List<CohortCell>> CellsAsync(PortalDbContext db, DateOnly first, DateOnly last, CancellationToken cancellationToken) =>
        (await db.EconomicsCohortCells.AsNoTracking().Where(c => c.CohortMonth >= first && c.CohortMonth <= last).ToListAsync(cancellationToken))
        .Select(c => new CohortCell(c.CohortMonth, c.Channel, c.MonthIndex, c.Customers, c.ActiveCustomers, c.Revenue)).ToList();

    /// <summary>Spend of the months converted into the workspace currency; rows in a currency without a rate are left out, as in the ledger.</summary>
    private static async Task<List<(DateOnly Month, string Channel, long Cost)>> SpendAsync(PortalDbContext db, DateOnly first, DateOnly last,
        ExchangeRates rates, CancellationToken cancellationToken)
    {
        var end = last.AddMonths(1);
        var rows = await db.MarketingSpend.AsNoTracking().Where(s => s.Date >= first && s.Date < end)
            .Select(s => new { s.Date, s.Channel, s.Cost, s.Currency }).ToListAsync(cancellationToken);
        return rows.Select(r => rates.TryConvert(r.Cost, r.Currency, out var cost) ? (new DateOnly(r.Date.Year, r.Date.Month, 1), r.Channel, cost) : default)
            .Where(r => r.Channel is not null).ToList();
    }

    private static string Month(DateOnly month) => month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
