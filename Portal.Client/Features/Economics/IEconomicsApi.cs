namespace Lodestar.Portal.Client.Features.Economics;

/// <summary>
/// Unit economics: the KPIs and CAC report from the last <c>economics</c> run, marketing spend, historical
/// transactions and the settings. Dates are YYYY-MM-DD (any day of a month stands for the month).
/// </summary>
public interface IEconomicsApi
{
    public const long MaxFileBytes = 20 * 1024 * 1024;

    Task<EconomicsSummaryDto> SummaryAsync(string? from, string? to, CancellationToken cancellationToken = default);

    /// <param name="groupBy"><c>channel</c> (default) or <c>month</c>.</param>
    Task<CacReportDto> CacAsync(string? from, string? to, string? groupBy, CancellationToken cancellationToken = default);

    Task<SpendPageDto> ListSpendAsync(string? from, string? to, string? channel, int offset, int limit, CancellationToken cancellationToken = default);

    Task<SpendAddedDto> AddSpendAsync(SpendBatchDto batch, CancellationToken cancellationToken = default);

    /// <summary>A CSV file with the columns date, channel, campaign, cost, currency.</summary>
    Task<SpendAddedDto> ImportSpendAsync(string fileName, string csv, CancellationToken cancellationToken = default);

    Task<SpendRowDto> UpdateSpendAsync(long id, SpendInputDto row, CancellationToken cancellationToken = default);

    Task DeleteSpendAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>A CSV file with order_id, date, amount and optional type (order/refund), currency, user_id, email.</summary>
    Task<RevenueImportDto> ImportRevenueAsync(string fileName, string csv, CancellationToken cancellationToken = default);

    Task<EconomicsSettingsDto> GetSettingsAsync(CancellationToken cancellationToken = default);

    Task<EconomicsSettingsDto> SaveSettingsAsync(EconomicsSettingsDto settings, CancellationToken cancellationToken = default);
}
