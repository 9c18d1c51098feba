using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Privacy.Retention;

internal sealed class HttpRetentionApi(HttpClient http) : IRetentionApi
{
    public Task<RetentionSettingsDto> GetSettingsAsync(CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<RetentionSettingsDto>(http, "api/privacy/retention", cancellationToken);

    public Task<RetentionSettingsDto> SaveSettingsAsync(RetentionSettingsRequest request, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<RetentionSettingsDto>(http, HttpMethod.Put, "api/privacy/retention", request, cancellationToken);

    public async Task<IReadOnlyList<RetentionReportDto>> GetReportsAsync(int limit = 20, CancellationToken cancellationToken = default) =>
        await HttpApi.GetAsync<List<RetentionReportDto>>(http, $"api/privacy/retention/reports?limit={limit}", cancellationToken);
}
