using Lodestar.Domain.Events;
using Lodestar.Domain.Ingestion;
using Lodestar.Domain.Operations;
using Lodestar.Jobs;
using Lodestar.Portal.Client.Features.Overview;

namespace Lodestar.Portal.Features.Overview;

internal sealed class ServerOverviewApi(EventOverviewService overview, JobRunService runs) : IOverviewApi
{
    public async Task<OverviewDto> GetAsync(CancellationToken cancellationToken = default)
    {
        var numbers = await overview.GetAsync(cancellationToken);
        var demo = await runs.LatestAsync(JobNames.DemoSeed, cancellationToken);
        return new OverviewDto(numbers.TotalEvents, numbers.EventsToday, numbers.EventsLast7Days, numbers.EventsLast30Days,
            numbers.Sources, numbers.LastReceivedAt,
            numbers.DailyVolume.Select(v => new DailyVolumeDto(v.Day, MessageTypes.Name(v.Type), v.Count)).ToList(),
            demo is null ? null : new JobProgressDto(demo.BackgroundJobId, demo.Name, demo.State.ToString(), demo.Progress, demo.Message, demo.Error));
    }
}
