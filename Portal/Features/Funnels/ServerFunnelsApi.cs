using Hangfire;
using Lodestar.Domain.Funnels;
using Lodestar.Jobs.Segments;
using Lodestar.Portal.Auth;
using Lodestar.Portal.Client.Features.Funnels;
using Lodestar.Portal.Client.Features.Segments;
using Lodestar.Portal.Features.Segments;
using Lodestar.Portal.Infrastructure;

namespace Lodestar.Portal.Features.Funnels;

/// <summary>The server side of <see cref="IFunnelsApi"/>. A segment saved from a step is computed straight away.</summary>
internal sealed class ServerFunnelsApi(FunnelService funnels, IBackgroundJobClient jobs, CurrentUser user) : IFunnelsApi
{
    public Task<FunnelResultDto> QueryAsync(FunnelQueryDto query, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () => FunnelMapping.ToDto(await funnels.QueryAsync(FunnelMapping.ToDomain(query), cancellationToken)));

    public Task<FunnelPeopleDto> PeopleAsync(FunnelPeopleRequestDto request, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () => FunnelMapping.ToDto(await funnels.PeopleAsync(FunnelMapping.ToDomain(request.Query ?? new FunnelQueryDto()),
            request.Step, FunnelMapping.ToDomain(request.Outcome), request.BreakdownValue, request.Offset, request.Limit, cancellationToken)));

    public Task<SegmentDto> SaveAsSegmentAsync(FunnelSegmentRequestDto request, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () =>
        {
            var people = request.People ?? new FunnelPeopleRequestDto();
            var segment = await funnels.SaveAsSegmentAsync(FunnelMapping.ToDomain(people.Query ?? new FunnelQueryDto()), people.Step,
                FunnelMapping.ToDomain(people.Outcome), people.BreakdownValue, request.Name, request.Description,
                await user.GetNameAsync() ?? "unknown", cancellationToken);
            jobs.Enqueue<SegmentRefreshJob>(job => job.RunAsync(segment.Id, CancellationToken.None));
            return SegmentMapping.ToDto(segment);
        });
}
