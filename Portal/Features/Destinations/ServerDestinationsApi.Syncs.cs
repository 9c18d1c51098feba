using Hangfire;
using Lodestar.Domain;
using Lodestar.Domain.Audit;
using Lodestar.Domain.Destinations;
using Lodestar.Jobs;
using Lodestar.Jobs.Destinations;
using Lodestar.Portal.Client.Features.Destinations;
using Lodestar.Portal.Infrastructure;

namespace Lodestar.Portal.Features.Destinations;

/// <summary>Previews, syncs started on demand, run history, ledgers and replays.</summary>
internal sealed partial class ServerDestinationsApi
{
    public Task<SyncPreviewDto> PreviewAsync(long id, long connectionId, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
        (await previews.PreviewAsync(id, connectionId, cancellationToken)).ToDto());

    public Task<SyncStartedDto> SyncAsync(long id, long? connectionId = null, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        // Checked before enqueueing so that a wrong id is a 404 now rather than a failed job later.
        await runs.ConnectionsToSyncAsync(id, connectionId, cancellationToken);
        var jobId = await jobs.EnqueueAsync(JobNames.DestinationSync,
            client => client.Enqueue<DestinationSyncJob>(job => job.RunDestinationAsync(id, connectionId, null, CancellationToken.None)), cancellationToken);
        await audit.RecordAsync(AuditActions.DestinationSyncStarted, await TargetAsync(id, cancellationToken),
            connectionId is { } one ? $"connection {one}, job {jobId}" : $"all, job {jobId}");
        return new SyncStartedDto(jobId);
    });

    public Task<DestinationRunsDto> RunsAsync(long id, int skip = 0, int take = 20, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var (page, total) = await runs.RunsAsync(id, skip, take, cancellationToken);
        return new DestinationRunsDto(page.Select(r => r.Run.ToDto(r.SegmentName)).ToList(), total);
    });

    public Task<LedgerPageDto> LedgerAsync(long id, long runId, string? status = null, int skip = 0, int take = 50, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () =>
        {
            LedgerStatus? filter = null;
            if (!string.IsNullOrEmpty(status))
                filter = Enum.TryParse<LedgerStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                    ? parsed
                    : throw new DomainValidationException("status", $"'{status}' is not a record status: use Pending, Sent, Failed or Skipped.");
            var (entries, total) = await runs.LedgerAsync(id, runId, filter, skip, take, cancellationToken);
            return new LedgerPageDto(entries.Select(e => e.ToDto()).ToList(), total);
        });

    public Task<SyncStartedDto> ReplayAsync(long id, long runId, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        await runs.LedgerAsync(id, runId, null, 0, 1, cancellationToken);
        var jobId = await jobs.EnqueueAsync(JobNames.DestinationSync,
            client => client.Enqueue<DestinationSyncJob>(job => job.ReplayAsync(runId, null, CancellationToken.None)), cancellationToken);
        await audit.RecordAsync(AuditActions.DestinationReplayStarted, await TargetAsync(id, cancellationToken), $"run {runId}, job {jobId}");
        return new SyncStartedDto(jobId);
    });

    private async Task<AuditTarget> TargetAsync(long id, CancellationToken cancellationToken) =>
        Target((await destinations.GetAsync(id, cancellationToken)).ToDto());
}
