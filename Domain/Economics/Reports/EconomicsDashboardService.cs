using Lodestar.Domain.Data;
using Lodestar.Domain.Economics.Cohorts;
using Lodestar.Domain.Economics.Settings;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Economics.Reports;

/// <summary>
/// The executive dashboard in one read of the last economics run's stored results: KPIs against the period before,
/// LTV:CAC by channel, CAC and LTV by month, cohort retention, the CLV distribution and P(alive) against orders.
/// </summary>
public sealed class EconomicsDashboardService(IDbContextFactory<PortalDbContext> contexts, EconomicsSettingsService settingsService, TimeProvider time)
{
    /// <param name="channel">An acquisition channel (any case) to narrow the figures to; null for all.</param>
    public async Task<EconomicsDashboard> GetAsync(DateOnly? from, DateOnly? to, string? channel, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var snapshot = await db.EconomicsSnapshots.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        var settings = await settingsService.GetAsync(cancellationToken);
        var rates = settings.ExchangeRates;
        var (first, last) = EconomicsStoredReads.Months(from, to, snapshot, time);
        var channels = await db.EconomicsCohortCells.AsNoTracking().Select(c => c.Channel).Distinct().ToListAsync(cancellationToken);
        channels.Sort(StringComparer.Ordinal);
        var chosen = Choose(channel, channels);

        var length = CustomerRevenue.MonthsBetween(first, last) + 1;
        var current = await EconomicsStoredReads.PeriodAsync(db, first, last, rates, chosen, cancellationToken);
        var previous = await EconomicsStoredReads.PeriodAsync(db, first.AddMonths(-length), first.AddMonths(-1), rates, chosen, cancellationToken);

        var allCells = await EconomicsStoredReads.CellsAsync(db, first, last, null, cancellationToken);
        var allSpend = await EconomicsStoredReads.SpendAsync(db, first, last, rates, null, cancellationToken);
        var byChannel = EconomicsStoredReads.CacRows(allCells, allSpend, CacGrouping.Channel).Rows;
        var cells = chosen is null ? allCells : allCells.Where(c => c.Channel == chosen).ToList();
        var spend = chosen is null ? allSpend : allSpend.Where(s => string.Equals(s.Channel, chosen, StringComparison.OrdinalIgnoreCase)).ToList();
        var byMonth = EconomicsStoredReads.CacRows(cells, spend, CacGrouping.Month).Rows;

        var customers = db.CustomerEconomics.AsNoTracking().Where(c => c.CohortMonth >= first && c.CohortMonth <= last);
        if (chosen is not null)
            customers = customers.Where(c => c.Channel == chosen);
        var predicted = await customers.Where(c => c.PredictedClv != null)
            .Select(c => new { Clv = c.PredictedClv!.Value, c.Orders, c.ProbabilityAlive }).ToListAsync(cancellationToken);

        return new EconomicsDashboard(snapshot?.ComputedAt, snapshot?.Currency ?? settings.Currency, snapshot?.Attribution ?? settings.Attribution.ToString(),
            first, last, chosen, channels, current, previous, byChannel, byMonth, CohortCalculator.Rows(cells), predicted.Count,
            ClvHistogramCalculator.Bins(predicted.Select(c => c.Clv).ToList()),
            AliveScatterCalculator.Points(predicted.Where(c => c.ProbabilityAlive is not null).Select(c => (c.Orders, c.ProbabilityAlive!.Value))));
    }

    private static string? Choose(string? channel, List<string> channels)
    {
        if (string.IsNullOrWhiteSpace(channel))
            return null;
        return channels.FirstOrDefault(c => string.Equals(c, channel.Trim(), StringComparison.OrdinalIgnoreCase))
               ?? throw new DomainValidationException("channel", channels.Count == 0
                   ? $"'{channel.Trim()}' is not an acquisition channel: no customers have been attributed yet (the economics job computes them)."
                   : $"'{channel.Trim()}' is not an acquisition channel of this workspace: choose one of {string.Join(", ", channels)}.");
    }
}
