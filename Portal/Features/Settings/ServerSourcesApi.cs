using Lodestar.Domain.Sources;
using Lodestar.Portal.Client.Features.Settings;
using Lodestar.Portal.Infrastructure;

namespace Lodestar.Portal.Features.Settings;

internal sealed class ServerSourcesApi(SourceService sources) : ISourcesApi
{
    public Task<IReadOnlyList<SourceDto>> ListAsync(CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
        (IReadOnlyList<SourceDto>)(await sources.ListAsync(cancellationToken)).Select(ToDto).ToList());

    public Task<SourceDto> CreateAsync(SourceRequest request, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () => ToDto(await sources.CreateAsync(request.Name, cancellationToken)));

    public Task<SourceDto> UpdateAsync(int id, SourceRequest request, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () => ToDto(await sources.UpdateAsync(id, request.Name, request.Enabled, cancellationToken)));

    public Task<SourceDto> RotateWriteKeyAsync(int id, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () => ToDto(await sources.RotateWriteKeyAsync(id, cancellationToken)));

    private static SourceDto ToDto(Source s) => new(s.Id, s.Name, s.WriteKey, s.Enabled, s.IsDefault, s.CreatedAt);
}
