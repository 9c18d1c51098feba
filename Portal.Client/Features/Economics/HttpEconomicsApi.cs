using System.Text;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Economics;

internal sealed class HttpEconomicsApi(HttpClient http) : IEconomicsApi
{
    public Task<EconomicsSummaryDto> SummaryAsync(string? from, string? to, CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<EconomicsSummaryDto>(http, "api/economics/summary?" + QueryStrings.Of(("from", from), ("to", to)), cancellationToken);

    public Task<CacReportDto> CacAsync(string? from, string? to, string? groupBy, CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<CacReportDto>(http, "api/economics/cac?" + QueryStrings.Of(("from", from), ("to", to), ("groupBy", groupBy)), cancellationToken);

    public Task<SpendPageDto> ListSpendAsync(string? from, string? to, string? channel, int offset, int limit, CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<SpendPageDto>(http, "api/economics/spend?" + QueryStrings.Of(("from", from), ("to", to), ("channel", channel), ("offset", offset), ("limit", limit)), cancellationToken);

    public Task<SpendAddedDto> AddSpendAsync(SpendBatchDto batch, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<SpendAddedDto>(http, HttpMethod.Post, "api/economics/spend", batch, cancellationToken);

    public Task<SpendAddedDto> ImportSpendAsync(string fileName, string csv, CancellationToken cancellationToken = default) =>
        PostFileAsync<SpendAddedDto>("api/economics/spend", fileName, csv, cancellationToken);

    public Task<SpendRowDto> UpdateSpendAsync(long id, SpendInputDto row, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<SpendRowDto>(http, HttpMethod.Put, $"api/economics/spend/{id}", row, cancellationToken);

    public Task DeleteSpendAsync(long id, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync(http, HttpMethod.Delete, $"api/economics/spend/{id}", null, cancellationToken);

    public Task<RevenueImportDto> ImportRevenueAsync(string fileName, string csv, CancellationToken cancellationToken = default) =>
        PostFileAsync<RevenueImportDto>("api/economics/revenue/import", fileName, csv, cancellationToken);

    public Task<EconomicsSettingsDto> GetSettingsAsync(CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<EconomicsSettingsDto>(http, "api/economics/settings", cancellationToken);

    public Task<EconomicsSettingsDto> SaveSettingsAsync(EconomicsSettingsDto settings, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<EconomicsSettingsDto>(http, HttpMethod.Put, "api/economics/settings", settings, cancellationToken);

    private async Task<T> PostFileAsync<T>(string url, string fileName, string csv, CancellationToken cancellationToken)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(csv, Encoding.UTF8, "text/csv"), "file", fileName);
        using var response = await http.PostAsync(url, form, cancellationToken);
        return await HttpApi.ReadJsonAsync<T>(response, cancellationToken);
    }
}
