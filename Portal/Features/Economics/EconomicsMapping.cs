using System.Globalization;
using Lodestar.Domain.Economics.Attribution;
using Lodestar.Domain.Economics.Cohorts;
using Lodestar.Domain.Economics.Reports;
using Lodestar.Domain.Economics.Settings;
using Lodestar.Domain.Economics.Spend;
using Lodestar.Domain.Money;
using Lodestar.Portal.Client.Features.Economics;

namespace Lodestar.Portal.Features.Economics;

/// <summary>Domain economics ↔ API shapes: minor units become amounts in the currency's units.</summary>
internal static class EconomicsMapping
{
    public static SpendRowDto ToDto(MarketingSpend s) =>
        new(s.Id, Day(s.Date), s.Channel, s.Campaign, Currencies.ToMajor(s.Cost, s.Currency), s.Currency);

    public static SpendDraft ToDraft(SpendInputDto? row) =>
        new(row?.Date, row?.Channel, row?.Campaign, row?.Cost?.ToString(CultureInfo.InvariantCulture), row?.Currency);

    public static EconomicsSummaryDto ToDto(EconomicsSummary s) =>
        new(s.ComputedAt, s.Currency, Attribution(s.Attribution), ToDto(s.Current, s.Currency), ToDto(s.Previous, s.Currency));

    public static CacReportDto ToDto(CacReport r) =>
        new(r.ComputedAt, r.Currency, Month(r.From), Month(r.To), r.GroupBy.ToString().ToLowerInvariant(),
            r.Rows.Select(row => new CacRowDto(row.Key, ToDto(row.Economics, r.Currency))).ToList(), new CacRowDto(r.Total.Key, ToDto(r.Total.Economics, r.Currency)));

    public static EconomicsSettingsDto ToDto(EconomicsSettings s) =>
        new(s.Currency, Attribution(s.Attribution.ToString()), s.Rates,
            s.ChannelRules.Select(r => new ChannelRuleDto(r.Channel, r.Sources, r.Mediums, r.ReferrerDomains)).ToList(), s.OwnDomains);

    /// <summary>Fields left out keep their current value.</summary>
    public static EconomicsSettings ToSettings(EconomicsSettingsDto dto, EconomicsSettings current, IDictionary<string, string[]> errors)
    {
        var attribution = current.Attribution;
        if (dto.Attribution is { } text)
        {
            if (text.Trim().ToLowerInvariant() is "first-touch" or "firsttouch")
                attribution = AttributionModel.FirstTouch;
            else if (text.Trim().ToLowerInvariant() is "last-touch" or "lasttouch")
                attribution = AttributionModel.LastTouch;
            else
                errors["attribution"] = [$"'{text}' is not an attribution model: use first-touch or last-touch."];
        }

        return new EconomicsSettings(dto.Currency?.Trim().ToUpperInvariant() ?? current.Currency, attribution,
            dto.ChannelRules?.Select(r => new ChannelRule(r.Channel?.Trim() ?? "", Clean(r.Sources), Clean(r.Mediums), Clean(r.ReferrerDomains))).ToList() ?? current.ChannelRules,
            dto.OwnDomains?.Select(d => d.Trim().ToLowerInvariant()).Where(d => d.Length > 0).ToList() ?? current.OwnDomains,
            dto.Rates?.ToDictionary(r => r.Key.Trim().ToUpperInvariant(), r => r.Value) ?? current.Rates);
    }

    private static List<string>? Clean(IReadOnlyList<string>? values) =>
        values?.Select(v => v?.Trim() ?? "").Where(v => v.Length > 0).ToList() is { Count: > 0 } list ? list : null;

    private static EconomicsPeriodDto ToDto(EconomicsPeriod p, string currency) =>
        new(Month(p.From), Month(p.To), Currencies.ToMajor(p.Revenue, currency), p.ActiveCustomers, ToDto(p.Acquisition, currency));

    private static AcquisitionDto ToDto(AcquisitionEconomics a, string currency) =>
        new(Currencies.ToMajor(a.Spend, currency), a.NewCustomers, Currencies.ToMajor(a.Revenue, currency), Major(a.Cac, currency), Major(a.Ltv, currency),
            a.LtvToCac is { } ratio ? Math.Round(ratio, 4) : null, a.PaybackMonths);

    private static decimal? Major(double? minor, string currency) =>
        minor is { } m ? Math.Round((decimal)m / (decimal)Math.Pow(10, Currencies.DigitsOf(currency)), Currencies.DigitsOf(currency), MidpointRounding.AwayFromZero) : null;

    private static string Attribution(string model) => model == nameof(AttributionModel.LastTouch) ? "last-touch" : "first-touch";

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
