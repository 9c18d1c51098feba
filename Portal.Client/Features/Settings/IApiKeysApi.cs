namespace Lodestar.Portal.Client.Features.Settings;

/// <summary>Management API keys (<c>/api/settings/api-keys</c>), admins only.</summary>
public interface IApiKeysApi
{
    Task<IReadOnlyList<ApiKeyDto>> ListAsync(CancellationToken cancellationToken = default);

    Task<CreatedApiKeyDto> CreateAsync(ApiKeyRequest request, CancellationToken cancellationToken = default);

    Task RevokeAsync(int id, CancellationToken cancellationToken = default);
}
