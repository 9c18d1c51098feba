namespace Lodestar.Portal.Client.Features.Destinations;

/// <summary>Destinations, their connected segments, syncs, runs and ledgers (<c>/api/destinations</c>).</summary>
public interface IDestinationsApi
{
    Task<IReadOnlyList<DestinationTypeDto>> GetTypesAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<DestinationListItemDto>> ListAsync(CancellationToken cancellationToken = default);

    Task<DestinationDto> GetAsync(long id, CancellationToken cancellationToken = default);

    Task<DestinationDto> CreateAsync(DestinationInput input, CancellationToken cancellationToken = default);

    Task<DestinationDto> UpdateAsync(long id, DestinationInput input, CancellationToken cancellationToken = default);

    Task DeleteAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Asks the destination whether the saved settings work (no member data is sent).</summary>
    Task<ConnectionTestDto> TestAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Closes the circuit breaker: the paused destination is synced again.</summary>
    Task<DestinationDto> ResumeAsync(long id, CancellationToken cancellationToken = default);

    Task<DestinationConnectionDto> ConnectAsync(long id, ConnectionInput input, CancellationToken cancellationToken = default);

    Task<DestinationConnectionDto> UpdateConnectionAsync(long id, long connectionId, ConnectionInput input, CancellationToken cancellationToken = default);

    Task DisconnectAsync(long id, long connectionId, CancellationToken cancellationToken = default);

    Task<SyncPreviewDto> PreviewAsync(long id, long connectionId, CancellationToken cancellationToken = default);

    /// <summary>Starts a sync of every connection of the destination, or of one.</summary>
    Task<SyncStartedDto> SyncAsync(long id, long? connectionId = null, CancellationToken cancellationToken = default);

    Task<DestinationRunsDto> RunsAsync(long id, int skip = 0, int take = 20, CancellationToken cancellationToken = default);

    /// <summary>A run's records; <paramref name="status"/> filters (Pending, Sent, Failed, Skipped).</summary>
    Task<LedgerPageDto> LedgerAsync(long id, long runId, string? status = null, int skip = 0, int take = 50, CancellationToken cancellationToken = default);

    /// <summary>Sends the records a run sent again, exactly as they were sent, in a new run.</summary>
    Task<SyncStartedDto> ReplayAsync(long id, long runId, CancellationToken cancellationToken = default);
}
