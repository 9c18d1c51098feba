using System.Globalization;
using Lodestar.Portal.Client.Features.Destinations;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Tests.TestDoubles;

/// <summary>
/// Destinations held in memory, keeping secrets as the server would (set, cleared or kept) and connections on their
/// destination; previews, runs and ledgers are what the test puts in. Every call is recorded, and a test can make a
/// call refuse with <see cref="Refusals"/>.
/// </summary>
public sealed class FakeDestinationsApi : IDestinationsApi
{
    private readonly Lock _lock = new();
    private readonly List<string> _calls = [];
    private long _nextId = 100;

    public List<DestinationTypeDto> Types { get; } = [.. DestinationSamples.Types];

    public Dictionary<long, DestinationDto> Destinations { get; } = [];

    /// <summary>The last run shown on the list, by destination.</summary>
    public Dictionary<long, DestinationRunDto> LastRuns { get; } = [];

    /// <summary>Segment names for new connections, by segment id.</summary>
    public Dictionary<long, string> SegmentNames { get; } = [];

    /// <summary>By connection id.</summary>
    public Dictionary<long, SyncPreviewDto> Previews { get; } = [];

    /// <summary>Newest first, by destination id.</summary>
    public Dictionary<long, List<DestinationRunDto>> Runs { get; } = [];

    /// <summary>By run id.</summary>
    public Dictionary<long, List<LedgerEntryDto>> Ledgers { get; } = [];

    public ConnectionTestDto TestAnswer { get; set; } = new(true, "The endpoint answered 200 OK in 35 ms.");

    /// <summary>Calls that refuse, by method name ("Update", "Connect", "Sync"…), as a 4xx from the server would.</summary>
    public Dictionary<string, ApiException> Refusals { get; } = [];

    public List<DestinationInput> Created { get; } = [];

    public List<(long Id, DestinationInput Input)> Updated { get; } = [];

    public List<(long Id, long? ConnectionId, ConnectionInput Input)> ConnectionSaves { get; } = [];

    public List<(long Id, long? ConnectionId)> Syncs { get; } = [];

    public List<(long Id, int Skip, int Take)> RunQueries { get; } = [];

    public List<(long RunId, string? Status, int Skip, int Take)> LedgerQueries { get; } = [];

    public List<long> Replays { get; } = [];

    /// <summary>Every call by method name and ids ("Test 5", "Disconnect 5 11", "Preview 5 11"), in order.</summary>
    public IReadOnlyList<string> Calls { get { lock (_lock) return [.. _calls]; } }

    public void Add(DestinationDto destination)
    {
        lock (_lock)
            Destinations[destination.Id] = destination;
    }

    public Task<IReadOnlyList<DestinationTypeDto>> GetTypesAsync(CancellationToken cancellationToken = default) =>
        Answer<IReadOnlyList<DestinationTypeDto>>("Types", [], () => [.. Types]);

    public Task<IReadOnlyList<DestinationListItemDto>> ListAsync(CancellationToken cancellationToken = default) =>
        Answer<IReadOnlyList<DestinationListItemDto>>("List", [], () => [.. Destinations.Values.Select(d => new DestinationListItemDto(
            d.Id, d.Name, d.Type, d.Enabled, d.PausedAt, d.PausedReason, d.Connections.Count, LastRuns.GetValueOrDefault(d.Id)))]);

    public Task<DestinationDto> GetAsync(long id, CancellationToken cancellationToken = default) => Answer("Get", [id], () => Find(id));

    public Task<DestinationDto> CreateAsync(DestinationInput input, CancellationToken cancellationToken = default) => Answer("Create", [], () =>
    {
        Created.Add(input);
        var secrets = (input.Secrets ?? new Dictionary<string, string>()).Where(s => s.Value.Length > 0).Select(s => s.Key).ToList();
        var created = new DestinationDto(_nextId++, input.Name, input.Type, input.Enabled, input.Settings ?? new Dictionary<string, string>(), secrets,
            input.RequiredConsentCategory, input.BatchSize ?? 500, input.RequestsPerSecond, 0, null, null, [], StoppedClock.Now, "mia@example.com");
        return Destinations[created.Id] = created;
    });

    public Task<DestinationDto> UpdateAsync(long id, DestinationInput input, CancellationToken cancellationToken = default) => Answer("Update", [id], () =>
    {
        Updated.Add((id, input));
        var existing = Find(id);
        var secrets = existing.SecretsSet.ToHashSet();
        foreach (var (key, value) in input.Secrets ?? new Dictionary<string, string>())
        {
            if (value.Length == 0)
                secrets.Remove(key);
            else
                secrets.Add(key);
        }

        return Destinations[id] = existing with
        {
            Name = input.Name, Enabled = input.Enabled, Settings = input.Settings ?? new Dictionary<string, string>(), SecretsSet = [.. secrets.Order()],
            RequiredConsentCategory = input.RequiredConsentCategory, BatchSize = input.BatchSize ?? 500, RequestsPerSecond = input.RequestsPerSecond,
            UpdatedAt = StoppedClock.Now,
        };
    });

    public Task DeleteAsync(long id, CancellationToken cancellationToken = default) => Answer("Delete", [id], () => Destinations.Remove(id));

    public Task<ConnectionTestDto> TestAsync(long id, CancellationToken cancellationToken = default) => Answer("Test", [id], () => TestAnswer);

    public Task<DestinationDto> ResumeAsync(long id, CancellationToken cancellationToken = default) =>
        Answer("Resume", [id], () => Destinations[id] = Find(id) with { PausedAt = null, PausedReason = null, ConsecutiveFailures = 0 });

    public Task<DestinationConnectionDto> ConnectAsync(long id, ConnectionInput input, CancellationToken cancellationToken = default) =>
        Answer("Connect", [id], () => SaveConnection(id, null, input));

    public Task<DestinationConnectionDto> UpdateConnectionAsync(long id, long connectionId, ConnectionInput input, CancellationToken cancellationToken = default) =>
        Answer("UpdateConnection", [id, connectionId], () => SaveConnection(id, connectionId, input));

    public Task DisconnectAsync(long id, long connectionId, CancellationToken cancellationToken = default) => Answer("Disconnect", [id, connectionId], () =>
    {
        var destination = Find(id);
        return Destinations[id] = destination with { Connections = [.. destination.Connections.Where(c => c.Id != connectionId)] };
    });

    public Task<SyncPreviewDto> PreviewAsync(long id, long connectionId, CancellationToken cancellationToken = default) =>
        Answer("Preview", [id, connectionId], () => Previews.GetValueOrDefault(connectionId) ?? new SyncPreviewDto(connectionId, false, 0, 0, 0, []));

    public Task<SyncStartedDto> SyncAsync(long id, long? connectionId = null, CancellationToken cancellationToken = default) => Answer("Sync", [id], () =>
    {
        Syncs.Add((id, connectionId));
        return new SyncStartedDto($"sync-{Syncs.Count}");
    });

    public Task<DestinationRunsDto> RunsAsync(long id, int skip = 0, int take = 20, CancellationToken cancellationToken = default) => Answer("Runs", [id], () =>
    {
        RunQueries.Add((id, skip, take));
        var runs = Runs.GetValueOrDefault(id, []);
        return new DestinationRunsDto([.. runs.Skip(skip).Take(take)], runs.Count);
    });

    public Task<LedgerPageDto> LedgerAsync(long id, long runId, string? status = null, int skip = 0, int take = 50, CancellationToken cancellationToken = default) =>
        Answer("Ledger", [id, runId], () =>
        {
            LedgerQueries.Add((runId, status, skip, take));
            var entries = Ledgers.GetValueOrDefault(runId, []).Where(e => status is null || e.Status == status).ToList();
            return new LedgerPageDto([.. entries.Skip(skip).Take(take)], entries.Count);
        });

    public Task<SyncStartedDto> ReplayAsync(long id, long runId, CancellationToken cancellationToken = default) => Answer("Replay", [id, runId], () =>
    {
        Replays.Add(runId);
        return new SyncStartedDto($"replay-{runId}");
    });

    private DestinationConnectionDto SaveConnection(long id, long? connectionId, ConnectionInput input)
    {
        ConnectionSaves.Add((id, connectionId, input));
        var destination = Find(id);
        var saved = new DestinationConnectionDto(connectionId ?? _nextId++, input.SegmentId, SegmentNames.GetValueOrDefault(input.SegmentId, $"Segment {input.SegmentId}"),
            input.Mapping ?? [], input.ScheduleMinutes, input.Enabled, 0, null, null);
        Destinations[id] = destination with { Connections = [.. destination.Connections.Where(c => c.Id != saved.Id), saved] };
        return saved;
    }

    /// <summary>Records the call, refuses it when the test asked for that, else answers (the pages may call from several threads).</summary>
    private Task<T> Answer<T>(string method, long[] ids, Func<T> answer)
    {
        lock (_lock)
        {
            _calls.Add(string.Join(' ', [method, .. ids.Select(i => i.ToString(CultureInfo.InvariantCulture))]));
            return Refusals.TryGetValue(method, out var refusal) ? Task.FromException<T>(refusal) : Task.FromResult(answer());
        }
    }

    private DestinationDto Find(long id) =>
        Destinations.TryGetValue(id, out var destination) ? destination : throw new ApiException(404, $"There is no destination with id {id}.");
}
