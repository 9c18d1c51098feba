using System.Text;
using Lodestar.Domain.Data;
using Lodestar.Domain.Destinations;
using Lodestar.Domain.Destinations.EventStream;
using Lodestar.Domain.Ingestion;
using Lodestar.Domain.Sources;
using Lodestar.Testing;
using Lodestar.Testing.Receivers;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Destinations.EventStream;

/// <summary>
/// The Domain over a real SQLite file with a source to ingest through and a real receiver on Kestrel. The background
/// forwarder is off unless the settings turn it on, so tests run passes themselves; HTTP retries are quick.
/// </summary>
internal sealed class EventStreamBed : IAsyncDisposable
{
    public const string Secret = "test-signing-secret-0001";

    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    private EventStreamBed(DomainTestHost host, WebhookReceiver receiver, string writeKey)
    {
        Host = host;
        Receiver = receiver;
        WriteKey = writeKey;
    }

    public DomainTestHost Host { get; }

    public WebhookReceiver Receiver { get; }

    public string WriteKey { get; }

    public EventStreamService Stream => Host.Get<EventStreamService>();

    /// <param name="database">A SQLite file to use (to restart on the same data); a fresh one when null.</param>
    /// <param name="receiver">A receiver that outlives this bed (a restart); a new one when null.</param>
    public static async Task<EventStreamBed> StartAsync(
        IDictionary<string, string?>? settings = null, string? database = null, WebhookReceiver? receiver = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Destinations:EventStream:Enabled"] = "false",
            ["Destinations:MaxRetries"] = "2",
            ["Destinations:RetryBaseDelay"] = "00:00:00.010",
            ["Destinations:MaxRetryDelay"] = "00:00:00.050",
        };
        if (database is not null)
            values["ConnectionStrings:Portal"] = $"Data Source={database}";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            values[key] = value;
        var host = await DomainTestHost.StartAsync(values);
        var source = await host.Get<SourceService>().CreateAsync($"Website {Guid.NewGuid():N}", Ct);
        return new EventStreamBed(host, receiver ?? await WebhookReceiver.StartAsync(Secret), source.WriteKey);
    }

    /// <summary>Ingests the messages in one /v1/batch request through the real ingestion service and writer.</summary>
    public async Task IngestAsync(params string[] messages)
    {
        var body = $$"""{"batch":[{{string.Join(",", messages)}}]}""";
        var result = await Host.Get<IngestionService>().IngestAsync(
            new TrackingRequest(TrackingRoute.Batch, Encoding.UTF8.GetBytes(body), WriteKey, "192.0.2.1"), Ct);
        Assert.True(result.Accepted, result.Message);
    }

    /// <summary>Ingests <paramref name="count"/> track messages with ids <c>{prefix}-0</c>… (their messageIds too).</summary>
    public Task IngestTracksAsync(string prefix, int count, string eventName = "Order Completed") =>
        IngestAsync(Enumerable.Range(0, count)
            .Select(i => $$"""{"type":"track","userId":"u-{{prefix}}","event":"{{eventName}}","messageId":"{{prefix}}-{{i}}"}""")
            .ToArray());

    /// <summary>Stores an event destination posting to the receiver, positioned at the current end of the stream.</summary>
    public async Task<long> AddDestinationAsync(string name = "Stream", IDictionary<string, string>? settings = null,
        int batchSize = 100, bool enabled = true, Uri? url = null, bool startAtEnd = true)
    {
        var values = new Dictionary<string, string> { ["url"] = url?.ToString() ?? Receiver.Url };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            values[key] = value;
        await using var db = Host.CreateDbContext();
        var destination = new Destination
        {
            Name = name, Type = DestinationType.EventWebhook, Enabled = enabled, BatchSize = batchSize,
            Settings = DestinationSettings.Write(values),
            ProtectedSecrets = Host.Get<DestinationSecrets>().Protect(new Dictionary<string, string> { ["signingSecret"] = Secret }),
            StreamPosition = startAtEnd ? await db.Events.MaxAsync(e => (long?)e.Id, Ct) ?? 0 : null,
            CreatedAt = DateTime.UtcNow, CreatedBy = "tests", UpdatedAt = DateTime.UtcNow, UpdatedBy = "tests",
        };
        db.Destinations.Add(destination);
        await db.SaveChangesAsync(Ct);
        return destination.Id;
    }

    public async Task<Destination> DestinationAsync(long id)
    {
        await using var db = Host.CreateDbContext();
        return await db.Destinations.AsNoTracking().SingleAsync(d => d.Id == id, Ct);
    }

    /// <summary>
    /// Waits (up to 20 s) for the destination to satisfy <paramref name="condition"/>: the forwarder commits after the
    /// receiver has answered.
    /// </summary>
    public async Task<Destination> WaitForAsync(long id, Func<Destination, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        var destination = await DestinationAsync(id);
        while (!condition(destination) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, Ct);
            destination = await DestinationAsync(id);
        }

        return destination;
    }

    public async Task ChangeAsync(long id, Action<Destination> change)
    {
        await using var db = Host.CreateDbContext();
        var destination = await db.Destinations.SingleAsync(d => d.Id == id, Ct);
        change(destination);
        await db.SaveChangesAsync(Ct);
    }

    public async Task<List<DestinationRun>> RunsAsync(long id)
    {
        await using var db = Host.CreateDbContext();
        return await db.DestinationRuns.AsNoTracking().Where(r => r.DestinationId == id).OrderBy(r => r.Id).ToListAsync(Ct);
    }

    public async Task<long> LastEventIdAsync()
    {
        await using var db = Host.CreateDbContext();
        return await db.Events.MaxAsync(e => e.Id, Ct);
    }

    /// <summary>The messageIds the receiver applied (each Idempotency-Key once), in order.</summary>
    public IReadOnlyList<string> AppliedMessageIds() =>
        Receiver.Accepted.SelectMany(b => b.Messages).Select(m => m["messageId"]!.GetValue<string>()).ToList();

    /// <summary>Waits (up to 20 s) until the receiver has applied at least <paramref name="count"/> messages.</summary>
    public async Task WaitForAppliedAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (AppliedMessageIds().Count < count)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"The receiver applied {AppliedMessageIds().Count} of {count} messages in 20 s ({Receiver.Requests} requests).");
            await Task.Delay(20, Ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Receiver.DisposeAsync();
    }

    /// <summary>Stops the Domain but keeps the receiver (for a restart on the same database).</summary>
    public ValueTask StopHostAsync() => Host.DisposeAsync();
}
