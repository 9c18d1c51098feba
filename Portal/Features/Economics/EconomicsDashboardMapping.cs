using System.Globalization;
using Lodestar.Domain.Economics.Reports;
using Lodestar.Domain.Money;
using Lodestar.Portal.Client.Features.Economics;
using Lodestar.Portal.Client.Features.Economics.Dashboard;

namespace Lodestar.Portal.Features.Economics;

/// <summary>The dashboard in the API's shape: minor units become amounts in the currency's units.</summary>
internal static class EconomicsDashboardMapping
{
    public static EconomicsDashboardDto ToDto(EconomicsDashboard d)
    {
        var currency = d.Currency;
        var summary = EconomicsMapping.ToDto(new EconomicsSummary(d.ComputedAt, currency, d.Attribution, d.Current, d.Previous));
        var byChannel = EconomicsMapping.ToDto(new CacReport(d.ComputedAt, currency, d.From, d.To, CacGrouping.Channel, d.ByChannel, Empty)).Rows;
        var byMonth = EconomicsMapping.ToDto(new CacReport(d.ComputedAt, currency, d.From, d.To, CacGrouping.Month, d.ByMonth, Empty)).Rows;
        var digits = Currencies.DigitsOf(currency);
        return new EconomicsDashboardDto(d.ComputedAt, currency, summary.Attribution, Month(d.From), Month(d.To), d.Channel, d.Channels,
            summary.Current, summary.Previous, byChannel, byMonth,
            d.Retention.Select(r => new CohortRetentionDto(Month(r.CohortMonth), r.MonthIndex, r.Customers, r.ActiveCustomers, Math.Round(r.Retention, 4),
                Math.Round((decimal)r.CumulativeRevenuePerCustomer / (decimal)Math.Pow(10, digits), digits, MidpointRounding.AwayFromZero))).ToList(),
            d.PredictedCustomers,
            d.ClvBins.Select(b => new ClvBinDto(Currencies.ToMajor(b.From, currency), b.To is { } to ? Currencies.ToMajor(to, currency) : null, b.Customers)).ToList(),
            d.Alive.Select(p => new AlivePointDto(p.Orders, p.ProbabilityAlive, p.Customers)).ToList());
    }

    private static readonly CacRow Empty = new("total", new Domain.Economics.Cohorts.AcquisitionEconomics(0, 0, 0, null, null, null, null));

    private static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
