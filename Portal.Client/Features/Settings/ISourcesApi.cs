namespace Lodestar.Portal.Client.Features.Settings;

/// <summary>Tracking sources and their write keys (<c>/api/settings/sources</c>), admins only.</summary>
public interface ISourcesApi
{
    Task<IReadOnlyList<SourceDto>> ListAsync(CancellationToken cancellationToken = default);

    Task<SourceDto> CreateAsync(SourceRequest request, CancellationToken cancellationToken = default);

    Task<SourceDto> UpdateAsync(int id, SourceRequest request, CancellationToken cancellationToken = default);

    Task<SourceDto> RotateWriteKeyAsync(int id, CancellationToken cancellationToken = default);
}
