using Lodestar.Portal.Client.Features.Segments;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Funnels;

internal sealed class HttpFunnelsApi(HttpClient http) : IFunnelsApi
{
    public Task<FunnelResultDto> QueryAsync(FunnelQueryDto query, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<FunnelResultDto>(http, HttpMethod.Post, "api/funnels/query", query, cancellationToken);

    public Task<FunnelPeopleDto> PeopleAsync(FunnelPeopleRequestDto request, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<FunnelPeopleDto>(http, HttpMethod.Post, "api/funnels/people", request, cancellationToken);

    public Task<SegmentDto> SaveAsSegmentAsync(FunnelSegmentRequestDto request, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<SegmentDto>(http, HttpMethod.Post, "api/funnels/people/segment", request, cancellationToken);
}
