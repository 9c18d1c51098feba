using Lodestar.Portal.Client.Features.Segments;

namespace Lodestar.Portal.Client.Features.Funnels;

/// <summary>
/// Funnels (<c>/api/funnels</c>), for Admin, ProductManager and Marketer. An invalid query is answered with
/// <see cref="Infrastructure.ApiException"/> whose problem names the field (<c>steps[2].event</c>). Event names and
/// property paths for the builder come from <see cref="ISegmentsApi.SchemaAsync"/> and
/// <see cref="ISegmentsApi.EventPropertiesAsync"/>.
/// </summary>
public interface IFunnelsApi
{
    Task<FunnelResultDto> QueryAsync(FunnelQueryDto query, CancellationToken cancellationToken = default);

    Task<FunnelPeopleDto> PeopleAsync(FunnelPeopleRequestDto request, CancellationToken cancellationToken = default);

    /// <summary>A static segment of every person the request selects (all pages).</summary>
    Task<SegmentDto> SaveAsSegmentAsync(FunnelSegmentRequestDto request, CancellationToken cancellationToken = default);
}
