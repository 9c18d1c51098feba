using Hangfire;
using Lodestar.Domain;
using Lodestar.Domain.Destinations;
using Lodestar.Domain.Destinations.Sending;
using Lodestar.Domain.Destinations.Sync;
using Lodestar.Jobs;
using Lodestar.Jobs.Destinations;
using Lodestar.Portal.Auth;
using Lodestar.Portal.Client.Features.Destinations;
using Lodestar.Portal.Infrastructure;

namespace Lodestar.Portal.Features.Destinations;

/// <summary>The server side of <see cref="IDestinationsApi"/>.</summary>
internal sealed class ServerDestinationsApi(
    DestinationTypes types,
    DestinationService destinations,
    DestinationConnectionService connections,
    DestinationRunService runs,
    SyncPreviewService previews,
    JobLauncher jobs,
    CurrentUser user) : IDestinationsApi
{
    public Task<IReadOnlyList<DestinationTypeDto>> GetTypesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<DestinationTypeDto>>(types.All.Select(t => t.ToDto()).ToList());

    public Task<IReadOnlyList<DestinationListItemDto>> ListAsync(CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
        (IReadOnlyList<DestinationListItemDto>)(await destinations.ListAsync(cancellationToken)).Select(s => s.ToDto()).ToList());

    public Task<DestinationDto> GetAsync(long id, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
        (await destinations.GetAsync(id, cancellationToken)).ToDto());

    public Task<DestinationDto> CreateAsync(DestinationInput input, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
        (await destinations.GetAsync(await destinations.CreateAsync(input.ToDraft(), await ByAsync(), cancellationToken), cancellationToken)).ToDto());

    public Task<DestinationDto> UpdateAsync(long id, DestinationInput input, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        await destinations.UpdateAsync(id, input.ToDraft(), await ByAsync(), cancellationToken);
        return (await destinations.GetAsync(id, cancellationToken)).ToDto();
    });

    public Task DeleteAsync(long id, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        await destinations.DeleteAsync(id, cancellationToken);
        return true;
    });

    public Task<ConnectionTestDto> TestAsync(long id, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var result = await destinations.TestAsync(id, cancellationToken);
        return new ConnectionTestDto(result.Ok, result.Message);
    });

    public Task<DestinationDto> ResumeAsync(long id, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        await destinations.ResumeAsync(id, await ByAsync(), cancellationToken);
        return (await destinations.GetAsync(id, cancellationToken)).ToDto();
    });

    public Task<DestinationConnectionDto> ConnectAsync(long id, ConnectionInput input, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var connectionId = await connections.ConnectAsync(id, input.ToDraft(), await ByAsync(), cancellationToken);
        return await ConnectionAsync(id, connectionId, cancellationToken);
    });

    public Task<DestinationConnectionDto> UpdateConnectionAsync(long id, long connectionId, ConnectionInput input, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () =>
        {
            await connections.UpdateAsync(id, connectionId, input.ToDraft(), await ByAsync(), cancellationToken);
            return await ConnectionAsync(id, connectionId, cancellationToken);
        });

    public Task DisconnectAsync(long id, long connectionId, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        await connections.DisconnectAsync(id, connectionId, cancellationToken);
        return true;
    });

    public Task<SyncPreviewDto> PreviewAsync(long id, long connectionId, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
        (await previews.PreviewAsync(id, connectionId, cancellationToken)).ToDto());

    public Task<SyncStartedDto> SyncAsync(long id, long? connectionId = null, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        // Checked before enqueueing so that a wrong id is a 404 now rather than a failed job later.
        await runs.ConnectionsToSyncAsync(id, connectionId, cancellationToken);
        var jobId = await jobs.EnqueueAsync(JobNames.DestinationSync,
            client => client.Enqueue<DestinationSyncJob>(job => job.RunDestinationAsync(id, connectionId, null, CancellationToken.None)), cancellationToken);
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
        return new SyncStartedDto(jobId);
    });

    private async Task<string> ByAsync() => await user.GetNameAsync() ?? "unknown";

    private async Task<DestinationConnectionDto> ConnectionAsync(long id, long connectionId, CancellationToken cancellationToken) =>
        (await destinations.GetAsync(id, cancellationToken)).Connections.First(c => c.Connection.Id == connectionId).ToDto();
}
