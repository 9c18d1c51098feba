using System.Diagnostics;
using System.Globalization;
using Lodestar.Domain.Data;
using Lodestar.Domain.Destinations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Benchmarks;

/// <summary>
/// What an enabled event-stream destination costs ingestion. One in-process portal takes a steady paced /v1/batch
/// load (100 requests/s of 10 ~1 KB messages, live timestamps) while an event destination posting to a local Kestrel
/// receiver is switched off and on every 10 s; requests are grouped by the state they were sent in, leaving out the
/// first 2.5 s after each switch (the forwarder notices within its 2 s poll). Alternating inside one run puts both
/// conditions under the same database size and the same background load of the machine. Also the delivery lag (the
/// 200 to the receiver having the message) and that every message of the "on" windows (but their last 3 s) arrived exactly once.
/// </summary>
public sealed class EventStreamBenchmark(BenchOptions options)
{
    public const double TargetAddedP99Milliseconds = 5;
    private const double RequestsPerSecond = 100;
    private const int MessagesPerRequest = 10;
    private const string Secret = "benchmark-signing-secret";
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2.5);

    // Switching a destination off stops forwarding at once, so messages still in flight then are rightly never sent;
    // only those answered this long before the switch are checked for delivery.
    private static readonly TimeSpan DeliveryTail = TimeSpan.FromSeconds(3);

    public async Task<IReadOnlyList<BenchResult>> RunAsync()
    {
        var windows = Math.Max(2, 2 * (int)Math.Round(options.Seconds / (2 * (Window - Settle).TotalSeconds)));
        var total = TimeSpan.FromSeconds(options.WarmupSeconds) + windows * Window;
        Console.WriteLine($"== event-stream: {RequestsPerSecond:N0} requests/s × {MessagesPerRequest} messages (~{options.MessageBytes} B), " +
                          $"{options.WarmupSeconds} s warm-up, then {windows} windows of {Window.TotalSeconds:N0} s alternating without / with an event destination ==");
        var requests = (int)(total.TotalSeconds * RequestsPerSecond) + 10;
        var pool = MessagePool.Create(requests * MessagesPerRequest, options.MessageBytes, "evstream", live: true);
        var bodies = pool.BuildBodies(0, requests, MessagesPerRequest);

        await MachineLoad.WaitForQuietAsync(options.QuietWait);
        using var folder = new TempFolder("event-stream", options.Keep);
        var settings = new PortalSettings(folder.File("portal.db"), seedDemo: false);
        await using var portal = InProcessPortal.Start(settings);
        await using var receiver = await LeanWebhookReceiver.StartAsync(Secret);
        var destination = await AddDestinationAsync(portal.Services, receiver.Url);
        using var load = new PacedLoad(portal.BaseAddress, PortalSettings.WriteKey, bodies);
        var warmup = await load.RunAsync(RequestsPerSecond, TimeSpan.FromSeconds(options.WarmupSeconds));

        var machine0 = MachineLoad.Read();
        var switches = new List<(long At, bool On)>();
        var run = load.RunAsync(RequestsPerSecond, windows * Window);
        for (var i = 0; i < windows; i++)
        {
            var on = i % 2 == 1;
            await SwitchAsync(portal.Services, destination, on);
            switches.Add((Stopwatch.GetTimestamp(), on));
            await Task.Delay(Window);
        }

        var answers = await run;
        var busy = MachineLoad.BusyPercent(machine0, MachineLoad.Read());
        await DrainAsync(receiver);
        return Report(warmup.Concat(answers).ToList(), answers, switches, receiver, busy);
    }

    private static IReadOnlyList<BenchResult> Report(IReadOnlyList<PacedLoad.Answer> all, IReadOnlyList<PacedLoad.Answer> measured,
        List<(long At, bool On)> switches, LeanWebhookReceiver receiver, double? busy)
    {
        var settle = (long)(Settle.TotalSeconds * Stopwatch.Frequency);
        var end = (long)(DeliveryTail.TotalSeconds * Stopwatch.Frequency);
        bool? StateOf(long sentAt, long tail)
        {
            var i = switches.FindLastIndex(s => s.At <= sentAt);
            if (i < 0 || sentAt < switches[i].At + settle || (i + 1 < switches.Count && sentAt > switches[i + 1].At - tail))
                return null;
            return switches[i].On;
        }

        var off = new LatencyStats(measured.Where(a => StateOf(a.SentAt, 0) == false).Select(a => a.Milliseconds));
        var on = new LatencyStats(measured.Where(a => StateOf(a.SentAt, 0) == true).Select(a => a.Milliseconds));
        var notOk = all.Count(a => !a.Ok);

        var arrived = receiver.Messages.ToList();
        var arrivedAt = arrived.GroupBy(m => m.MessageId).ToDictionary(g => g.Key, g => g.First().ArrivedAt);
        var expected = measured.Where(a => a.Ok && StateOf(a.SentAt, end) == true).ToList();
        var lags = new List<double>();
        var missing = 0;
        foreach (var answer in expected)
        {
            for (var m = 0; m < MessagesPerRequest; m++)
            {
                if (arrivedAt.TryGetValue(MessageId(answer.Body * MessagesPerRequest + m), out var at))
                    lags.Add(Stopwatch.GetElapsedTime(answer.AnsweredAt, at).TotalMilliseconds);
                else
                    missing++;
            }
        }

        var duplicates = arrived.Count - arrivedAt.Count + receiver.Duplicates;
        var lag = new LatencyStats(lags);
        var added99 = on.P99 - off.P99;
        Console.WriteLine($"  without a destination: {off.Count:N0} requests, ingestion ms p50/p95/p99/max {off.P50:N2} / {off.P95:N2} / {off.P99:N2} / {off.Max:N1}");
        Console.WriteLine($"  with a destination   : {on.Count:N0} requests, ingestion ms p50/p95/p99/max {on.P50:N2} / {on.P95:N2} / {on.P99:N2} / {on.Max:N1}");
        Console.WriteLine($"  added by forwarding  : p50 {on.P50 - off.P50:N2} ms, p99 {added99:N2} ms (target < {TargetAddedP99Milliseconds:N0} ms)");
        Console.WriteLine($"  delivery lag (200 → receiver) ms p50/p95/p99/max: {lag.P50:N0} / {lag.P95:N0} / {lag.P99:N0} / {lag.Max:N0} over {lags.Count:N0} messages; " +
                          $"{missing:N0} missing, {duplicates:N0} duplicates, {receiver.BadSignatures} bad signatures; {receiver.Requests:N0} POSTs");
        Console.WriteLine($"  machine {busy:N0}% busy during the run{(busy > 80 ? " — other processes were busy too: figures skewed, run again on a quiet machine" : "")}");
        return
        [
            BenchResult.Info("event-stream ingestion p50 / p99 without destination", $"{off.P50:N2} / {off.P99:N2} ms"),
            BenchResult.Info("event-stream ingestion p50 / p99 with destination", $"{on.P50:N2} / {on.P99:N2} ms"),
            BenchResult.Below("event-stream p99 added to ingestion", added99, TargetAddedP99Milliseconds, "ms", "N2"),
            BenchResult.Info("event-stream delivery lag p50 / p99", $"{lag.P50:N0} / {lag.P99:N0} ms"),
            new BenchResult("event-stream non-200 responses", "0", notOk.ToString("N0", CultureInfo.InvariantCulture), notOk == 0),
            new BenchResult("event-stream delivered once", "all, once", $"{missing:N0} missing, {duplicates:N0} twice", missing == 0 && duplicates == 0),
        ];
    }

    /// <summary>The last window is "on": waits until the receiver has had nothing new for 2 s (at most 30 s).</summary>
    private static async Task DrainAsync(LeanWebhookReceiver receiver)
    {
        var deadline = Stopwatch.GetTimestamp() + 30 * Stopwatch.Frequency;
        var seen = -1;
        while (receiver.Messages.Count != seen && Stopwatch.GetTimestamp() < deadline)
        {
            seen = receiver.Messages.Count;
            await Task.Delay(TimeSpan.FromSeconds(2));
        }
    }

    private static string MessageId(long counter) =>
        "bench-evstream-" + counter.ToString("D" + MessagePool.CounterDigits, CultureInfo.InvariantCulture);

    private static async Task<long> AddDestinationAsync(IServiceProvider services, string url)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var now = DateTime.UtcNow;
        var destination = new Destination
        {
            Name = "Benchmark stream", Type = DestinationType.EventWebhook, Enabled = false, BatchSize = 1000, StreamPosition = 0,
            Settings = DestinationSettings.Write(new Dictionary<string, string> { ["url"] = url }),
            ProtectedSecrets = services.GetRequiredService<DestinationSecrets>().Protect(new Dictionary<string, string> { ["signingSecret"] = Secret }),
            CreatedAt = now, CreatedBy = "benchmark", UpdatedAt = now, UpdatedBy = "benchmark",
        };
        db.Destinations.Add(destination);
        await db.SaveChangesAsync();
        return destination.Id;
    }

    /// <summary>Switched on, the destination starts at the end of the stream, as a new one does (no backlog of the "off" window).</summary>
    private static async Task SwitchAsync(IServiceProvider services, long id, bool on)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var end = await db.Events.MaxAsync(e => (long?)e.Id) ?? 0;
        await db.Destinations.Where(d => d.Id == id).ExecuteUpdateAsync(s =>
        {
            s.SetProperty(d => d.Enabled, on);
            if (on)
                s.SetProperty(d => d.StreamPosition, end);
        });
    }
}
