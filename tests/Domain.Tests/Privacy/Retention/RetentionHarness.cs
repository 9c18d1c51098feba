using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Lodestar.Domain.Identity;
using Lodestar.Domain.Ingestion;
using Lodestar.Domain.Operations;
using Lodestar.Domain.Privacy.Retention;
using Lodestar.Domain.Sources;
using Lodestar.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Domain.Tests.Privacy.Retention;

/// <summary>
/// A real SQLite workspace on a clock the test moves: messages go in through ingestion (received "now"), identity
/// resolution derives profiles and segment facts, and the retention job runs as the job runs it.
/// </summary>
internal sealed class RetentionHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly string _writeKey;
    private int _sent;

    private RetentionHarness(DomainTestHost host, FakeTimeProvider clock, string writeKey)
    {
        Host = host;
        Clock = clock;
        _writeKey = writeKey;
    }

    public DomainTestHost Host { get; }

    public FakeTimeProvider Clock { get; }

    /// <summary>The progress messages of the last run.</summary>
    public List<string> Messages { get; } = [];

    public static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    /// <param name="batchSize">Most records per purge transaction (the job's default is 5,000).</param>
    /// <param name="database">Settings for another database (SQL Server) than the default SQLite file.</param>
    public static async Task<RetentionHarness> StartAsync(int batchSize = 5_000, IReadOnlyDictionary<string, string?>? database = null)
    {
        var clock = new FakeTimeProvider(Start);
        var settings = new Dictionary<string, string?>
        {
            ["Privacy:Retention:BatchSize"] = batchSize.ToString(CultureInfo.InvariantCulture),
            // Fixed sizes, so the number of transactions is what the test says; no rests between them.
            ["Privacy:Retention:BatchMilliseconds"] = "600000",
            ["Privacy:Retention:PauseMilliseconds"] = "0",
        };
        foreach (var (key, value) in database ?? new Dictionary<string, string?>())
            settings[key] = value;
        var host = await DomainTestHost.StartAsync(settings, services => services.AddSingleton<TimeProvider>(clock));
        var source = await host.Get<SourceService>().CreateAsync("Website", Ct);
        return new RetentionHarness(host, clock, source.WriteKey);
    }

    /// <summary>Stores messages received now (each gets messageId m-n and, unless given, a timestamp of now).</summary>
    public async Task SendAsync(params string[] messages)
    {
        var batch = new JsonArray();
        foreach (var message in messages)
        {
            var node = JsonNode.Parse(message)!.AsObject();
            node["timestamp"] ??= Clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
            node["messageId"] ??= $"m-{++_sent}";
            batch.Add(node);
        }

        var body = new JsonObject { ["writeKey"] = _writeKey, ["batch"] = batch }.ToJsonString();
        var result = await Host.Get<IngestionService>().IngestAsync(
            new TrackingRequest(TrackingRoute.Batch, Encoding.UTF8.GetBytes(body), null, "192.0.2.1"), Ct);
        Assert.True(result.Accepted, result.Message);
    }

    public Task<IdentityRunResult> ResolveAsync() => Host.Get<IdentityResolutionService>().RunIncrementalAsync(null, Ct);

    public Task<RetentionSettings> LimitAsync(params (string Class, int? Days)[] limits) =>
        Host.Get<RetentionSettingsService>().SaveAsync([.. limits.Select(l => new RetentionLimitInput(l.Class, l.Days))], "admin@localhost", Ct);

    public async Task<RetentionReport> RunAsync()
    {
        Messages.Clear();
        return await Host.Get<RetentionService>().RunAsync("test-run", new Progress(Messages), Ct);
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    private sealed class Progress(List<string> messages) : IJobProgress
    {
        public Task ReportAsync(double fraction, string message, CancellationToken cancellationToken)
        {
            Assert.InRange(fraction, 0, 1);
            messages.Add(message);
            return Task.CompletedTask;
        }
    }
}
