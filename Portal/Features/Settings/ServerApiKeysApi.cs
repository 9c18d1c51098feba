using Lodestar.Domain.Accounts;
using Lodestar.Portal.Auth;
using Lodestar.Portal.Client.Features.Settings;
using Lodestar.Portal.Infrastructure;

namespace Lodestar.Portal.Features.Settings;

internal sealed class ServerApiKeysApi(ApiKeyService keys, CurrentUser currentUser) : IApiKeysApi
{
    public Task<IReadOnlyList<ApiKeyDto>> ListAsync(CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
        (IReadOnlyList<ApiKeyDto>)(await keys.ListAsync(cancellationToken)).Select(ToDto).ToList());

    public Task<CreatedApiKeyDto> CreateAsync(ApiKeyRequest request, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var created = await keys.CreateAsync(request.Name, request.Role, await currentUser.GetNameAsync(), cancellationToken);
        return new CreatedApiKeyDto(ToDto(created.Key), created.Secret);
    });

    public Task RevokeAsync(int id, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(() => keys.RevokeAsync(id, cancellationToken));

    private static ApiKeyDto ToDto(ApiKey k) => new(k.Id, k.Name, k.Prefix, k.Role, k.CreatedAt, k.CreatedBy, k.LastUsedAt, k.RevokedAt);
}
