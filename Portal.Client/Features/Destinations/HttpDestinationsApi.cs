using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Destinations;

internal sealed class HttpDestinationsApi(HttpClient http) : IDestinationsApi
{
    private const string Root = "api/destinations";

    public Task<IReadOnlyList<DestinationTypeDto>> GetTypesAsync(CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<IReadOnlyList<DestinationTypeDto>>(http, $"{Root}/types", cancellationToken);

    public Task<IReadOnlyList<DestinationListItemDto>> ListAsync(CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<IReadOnlyList<DestinationListItemDto>>(http, Root, cancellationToken);

    public Task<DestinationDto> GetAsync(long id, CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<DestinationDto>(http, $"{Root}/{id}", cancellationToken);

    public Task<DestinationDto> CreateAsync(DestinationInput input, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<DestinationDto>(http, HttpMethod.Post, Root, input, cancellationToken);

    public Task<DestinationDto> UpdateAsync(long id, DestinationInput input, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<DestinationDto>(http, HttpMethod.Put, $"{Root}/{id}", input, cancellationToken);

    public Task DeleteAsync(long id, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync(http, HttpMethod.Delete, $"{Root}/{id}", null, cancellationToken);

    public Task<ConnectionTestDto> TestAsync(long id, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<ConnectionTestDto>(http, HttpMethod.Post, $"{Root}/{id}/test", null, cancellationToken);

    public Task<DestinationDto> ResumeAsync(long id, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<DestinationDto>(http, HttpMethod.Post, $"{Root}/{id}/resume", null, cancellationToken);

    public Task<DestinationConnectionDto> ConnectAsync(long id, ConnectionInput input, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<DestinationConnectionDto>(http, HttpMethod.Post, $"{Root}/{id}/connections", input, cancellationToken);

    public Task<DestinationConnectionDto> UpdateConnectionAsync(long id, long connectionId, ConnectionInput input, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<DestinationConnectionDto>(http, HttpMethod.Put, $"{Root}/{id}/connections/{connectionId}", input, cancellationToken);

    public Task DisconnectAsync(long id, long connectionId, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync(http, HttpMethod.Delete, $"{Root}/{id}/connections/{connectionId}", null, cancellationToken);

    public Task<SyncPreviewDto> PreviewAsync(long id, long connectionId, CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<SyncPreviewDto>(http, $"{Root}/{id}/preview?connectionId={connectionId}", cancellationToken);

    public Task<SyncStartedDto> SyncAsync(long id, long? connectionId = null, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<SyncStartedDto>(http, HttpMethod.Post,
            connectionId is { } c ? $"{Root}/{id}/sync?connectionId={c}" : $"{Root}/{id}/sync", null, cancellationToken);

    public Task<DestinationRunsDto> RunsAsync(long id, int skip = 0, int take = 20, CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<DestinationRunsDto>(http, $"{Root}/{id}/runs?skip={skip}&take={take}", cancellationToken);

    public Task<LedgerPageDto> LedgerAsync(long id, long runId, string? status = null, int skip = 0, int take = 50, CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<LedgerPageDto>(http,
            $"{Root}/{id}/runs/{runId}/ledger?skip={skip}&take={take}" + (status is null ? "" : $"&status={Uri.EscapeDataString(status)}"),
            cancellationToken);

    public Task<SyncStartedDto> ReplayAsync(long id, long runId, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<SyncStartedDto>(http, HttpMethod.Post, $"{Root}/{id}/runs/{runId}/replay", null, cancellationToken);
}
