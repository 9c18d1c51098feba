using System.Globalization;
using Lodestar.Domain;
using Lodestar.Domain.Economics.Import;
using Lodestar.Domain.Economics.Reports;
using Lodestar.Domain.Economics.Settings;
using Lodestar.Domain.Economics.Spend;
using Lodestar.Domain.Money;
using Lodestar.Portal.Client.Features.Economics;
using Lodestar.Portal.Infrastructure;

namespace Lodestar.Portal.Features.Economics;

/// <summary>The server side of <see cref="IEconomicsApi"/>: reads the request's words and dates, the Domain does the rest.</summary>
internal sealed class ServerEconomicsApi(EconomicsReportService reports, MarketingSpendService spend, RevenueImportService revenue,
    EconomicsSettingsService settings) : IEconomicsApi
{
    public Task<EconomicsSummaryDto> SummaryAsync(string? from, string? to, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var (first, last) = EconomicsPeriodText.Parse(from, to);
        return EconomicsMapping.ToDto(await reports.SummaryAsync(first, last, cancellationToken));
    });

    public Task<CacReportDto> CacAsync(string? from, string? to, string? groupBy, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var grouping = groupBy?.Trim().ToLowerInvariant() switch
        {
            null or "" or "channel" => CacGrouping.Channel,
            "month" => CacGrouping.Month,
            _ => (CacGrouping?)null,
        };
        var errors = new Dictionary<string, string[]>();
        if (grouping is null)
            errors["groupBy"] = [$"'{groupBy}' is not a grouping: use channel or month."];
        var (first, last) = EconomicsPeriodText.Parse(from, to, errors);
        return EconomicsMapping.ToDto(await reports.CacAsync(first, last, grouping!.Value, cancellationToken));
    });

    public Task<SpendPageDto> ListSpendAsync(string? from, string? to, string? channel, int offset, int limit, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () =>
        {
            var (first, last) = EconomicsPeriodText.Parse(from, to);
            var page = await spend.ListAsync(first, last, channel, offset, limit, cancellationToken);
            return new SpendPageDto(page.Items.Select(EconomicsMapping.ToDto).ToList(), page.Total,
                page.CostByCurrency.OrderBy(c => c.Key, StringComparer.Ordinal).ToDictionary(c => c.Key, c => Currencies.ToMajor(c.Value, c.Key)));
        });

    public Task<SpendAddedDto> AddSpendAsync(SpendBatchDto batch, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
        Added(await spend.AddAsync((batch.Rows ?? []).Select(EconomicsMapping.ToDraft).ToList(), cancellationToken)));

    public Task<SpendAddedDto> ImportSpendAsync(string fileName, string csv, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
        Added(await spend.ImportCsvAsync(new StringReader(csv), cancellationToken)));

    public Task<SpendRowDto> UpdateSpendAsync(long id, SpendInputDto row, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
        EconomicsMapping.ToDto(await spend.UpdateAsync(id, EconomicsMapping.ToDraft(row), cancellationToken)));

    public Task DeleteSpendAsync(long id, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(() => spend.DeleteAsync(id, cancellationToken));

    public Task<RevenueImportDto> ImportRevenueAsync(string fileName, string csv, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
        new RevenueImportDto(await revenue.ImportAsync(new StringReader(csv), fileName, cancellationToken)));

    public Task<EconomicsSettingsDto> GetSettingsAsync(CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
        EconomicsMapping.ToDto(await settings.GetAsync(cancellationToken)));

    public Task<EconomicsSettingsDto> SaveSettingsAsync(EconomicsSettingsDto dto, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var errors = new Dictionary<string, string[]>();
        var wanted = EconomicsMapping.ToSettings(dto, await settings.GetAsync(cancellationToken), errors);
        foreach (var (field, messages) in EconomicsSettingsService.Problems(wanted))
            errors[field] = messages;
        if (errors.Count > 0)
            throw new DomainValidationException(errors);
        return EconomicsMapping.ToDto(await settings.SaveAsync(wanted, cancellationToken));
    });

    private static SpendAddedDto Added(IReadOnlyList<MarketingSpend> rows) => new(rows.Count, rows.Select(EconomicsMapping.ToDto).ToList());
}
