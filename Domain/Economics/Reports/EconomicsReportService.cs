using Lodestar.Domain.Data;
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
        var (first, last) = EconomicsStoredReads.Months(from, to, snapshot, time);
        var length = Cohorts.CustomerRevenue.MonthsBetween(first, last) + 1;
        var current = await EconomicsStoredReads.PeriodAsync(db, first, last, settings.ExchangeRates, null, cancellationToken);
        var previous = await EconomicsStoredReads.PeriodAsync(db, first.AddMonths(-length), first.AddMonths(-1), settings.ExchangeRates, null, cancellationToken);
        return new EconomicsSummary(snapshot?.ComputedAt, snapshot?.Currency ?? settings.Currency, snapshot?.Attribution ?? settings.Attribution.ToString(), current, previous);
    }

    public async Task<CacReport> CacAsync(DateOnly? from, DateOnly? to, CacGrouping groupBy, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var snapshot = await db.EconomicsSnapshots.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        var settings = await settingsService.GetAsync(cancellationToken);
        var (first, last) = EconomicsStoredReads.Months(from, to, snapshot, time);
        var cells = await EconomicsStoredReads.CellsAsync(db, first, last, null, cancellationToken);
        var spend = await EconomicsStoredReads.SpendAsync(db, first, last, settings.ExchangeRates, null, cancellationToken);
        var (rows, total) = EconomicsStoredReads.CacRows(cells, spend, groupBy);
        return new CacReport(snapshot?.ComputedAt, settings.Currency, first, last, groupBy, rows, total);
    }
}
