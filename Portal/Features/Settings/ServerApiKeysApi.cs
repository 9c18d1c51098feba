using Lodestar.Domain.Accounts;
using Lodestar.Domain.Audit;
using Lodestar.Portal.Auth;
using Lodestar.Portal.Client.Features.Settings;
using Lodestar.Portal.Features.Audit;
using Lodestar.Portal.Infrastructure;

namespace Lodestar.Portal.Features.Settings;

internal sealed class ServerApiKeysApi(ApiKeyService keys, CurrentUser currentUser, AuditRecorder audit) : IApiKeysApi
{
    public Task<IReadOnlyList<ApiKeyDto>> ListAsync(CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
        (IReadOnlyList<ApiKeyDto>)(await keys.ListAsync(cancellationToken)).Select(ToDto).ToList());

    public Task<CreatedApiKeyDto> CreateAsync(ApiKeyRequest request, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var created = await keys.CreateAsync(request.Name, request.Role, await currentUser.GetNameAsync(), cancellationToken);
        await audit.RecordAsync(AuditActions.ApiKeyCreated, Target(created.Key), $"role: {created.Key.Role}, prefix {created.Key.Prefix}");
        return new CreatedApiKeyDto(ToDto(created.Key), created.Secret);
    });

    public Task RevokeAsync(int id, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var key = await keys.RevokeAsync(id, cancellationToken);
        await audit.RecordAsync(AuditActions.ApiKeyRevoked, Target(key), $"role: {key.Role}, prefix {key.Prefix}");
    });

    private static AuditTarget Target(ApiKey k) => AuditTarget.Of("apikey", k.Id, k.Name);

    private static ApiKeyDto ToDto(ApiKey k) => new(k.Id, k.Name, k.Prefix, k.Role, k.CreatedAt, k.CreatedBy, k.LastUsedAt, k.RevokedAt);
}
