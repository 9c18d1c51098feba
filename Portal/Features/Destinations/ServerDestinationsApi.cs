using Lodestar.Domain;
using Lodestar.Domain.Audit;
using Lodestar.Domain.Destinations;
using Lodestar.Domain.Destinations.Sending;
using Lodestar.Domain.Destinations.Sync;
using Lodestar.Jobs;
using Lodestar.Portal.Auth;
using Lodestar.Portal.Client.Features.Destinations;
using Lodestar.Portal.Features.Audit;
using Lodestar.Portal.Infrastructure;

namespace Lodestar.Portal.Features.Destinations;

/// <summary>The server side of <see cref="IDestinationsApi"/>: destinations and their connections here, syncs and runs in the other part. Changes are audited.</summary>
internal sealed partial class ServerDestinationsApi(
    DestinationTypes types,
    DestinationService destinations,
    DestinationConnectionService connections,
    DestinationRunService runs,
    SyncPreviewService previews,
    JobLauncher jobs,
    CurrentUser user,
    AuditRecorder audit) : IDestinationsApi
{
    public Task<IReadOnlyList<DestinationTypeDto>> GetTypesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<DestinationTypeDto>>(types.All.Select(t => t.ToDto()).ToList());

    public Task<IReadOnlyList<DestinationListItemDto>> ListAsync(CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
        (IReadOnlyList<DestinationListItemDto>)(await destinations.ListAsync(cancellationToken)).Select(s => s.ToDto()).ToList());

    public Task<DestinationDto> GetAsync(long id, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
        (await destinations.GetAsync(id, cancellationToken)).ToDto());

    public Task<DestinationDto> CreateAsync(DestinationInput input, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var created = (await destinations.GetAsync(await destinations.CreateAsync(input.ToDraft(), await ByAsync(), cancellationToken), cancellationToken)).ToDto();
        await audit.RecordAsync(AuditActions.DestinationCreated, Target(created), $"{created.Type}, {(created.Enabled ? "enabled" : "disabled")}");
        return created;
    });

    public Task<DestinationDto> UpdateAsync(long id, DestinationInput input, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        await destinations.UpdateAsync(id, input.ToDraft(), await ByAsync(), cancellationToken);
        var saved = (await destinations.GetAsync(id, cancellationToken)).ToDto();
        // Which secrets were replaced, never their values.
        var secrets = input.Secrets is { Count: > 0 } changed ? $"; secrets changed: {string.Join(", ", changed.Keys.Order(StringComparer.Ordinal))}" : "";
        await audit.RecordAsync(AuditActions.DestinationUpdated, Target(saved), $"{(saved.Enabled ? "enabled" : "disabled")}{secrets}");
        return saved;
    });

    public Task DeleteAsync(long id, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var doomed = (await destinations.GetAsync(id, cancellationToken)).ToDto();
        await destinations.DeleteAsync(id, cancellationToken);
        await audit.RecordAsync(AuditActions.DestinationDeleted, Target(doomed), doomed.Type);
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
        var resumed = (await destinations.GetAsync(id, cancellationToken)).ToDto();
        await audit.RecordAsync(AuditActions.DestinationResumed, Target(resumed));
        return resumed;
    });

    public Task<DestinationConnectionDto> ConnectAsync(long id, ConnectionInput input, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var connectionId = await connections.ConnectAsync(id, input.ToDraft(), await ByAsync(), cancellationToken);
        var (destination, connection) = await ConnectionAsync(id, connectionId, cancellationToken);
        await audit.RecordAsync(AuditActions.DestinationSegmentConnected, Target(destination), Describe(connection));
        return connection;
    });

    public Task<DestinationConnectionDto> UpdateConnectionAsync(long id, long connectionId, ConnectionInput input, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () =>
        {
            await connections.UpdateAsync(id, connectionId, input.ToDraft(), await ByAsync(), cancellationToken);
            var (destination, connection) = await ConnectionAsync(id, connectionId, cancellationToken);
            await audit.RecordAsync(AuditActions.DestinationConnectionUpdated, Target(destination), Describe(connection));
            return connection;
        });

    public Task DisconnectAsync(long id, long connectionId, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var destination = (await destinations.GetAsync(id, cancellationToken)).ToDto();
        var connection = destination.Connections.FirstOrDefault(c => c.Id == connectionId);
        await connections.DisconnectAsync(id, connectionId, cancellationToken);
        await audit.RecordAsync(AuditActions.DestinationSegmentDisconnected, Target(destination),
            connection is null ? $"connection {connectionId}" : $"segment {connection.SegmentId} ({connection.SegmentName})");
        return true;
    });

    private async Task<string> ByAsync() => await user.GetNameAsync() ?? "unknown";

    private async Task<(DestinationDto Destination, DestinationConnectionDto Connection)> ConnectionAsync(long id, long connectionId, CancellationToken cancellationToken)
    {
        var destination = (await destinations.GetAsync(id, cancellationToken)).ToDto();
        return (destination, destination.Connections.First(c => c.Id == connectionId));
    }

    private static AuditTarget Target(DestinationDto destination) => AuditTarget.Of("destination", destination.Id, destination.Name);

    private static string Describe(DestinationConnectionDto connection) =>
        $"segment {connection.SegmentId} ({connection.SegmentName}), {(connection.ScheduleMinutes > 0 ? $"every {connection.ScheduleMinutes} min" : "on demand")}, {(connection.Enabled ? "enabled" : "paused")}";
}
