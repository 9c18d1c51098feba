using System.Diagnostics;

namespace Lodestar.Benchmarks;

/// <summary>
/// A. Sustained ingestion over real HTTP: 8 clients posting 100-message /v1/batch bodies of ~1 KB messages to the
/// portal on Kestrel (127.0.0.1) with the embedded SQLite; then checks that every acknowledged message is stored.
/// </summary>
public sealed class IngestHttpBenchmark(BenchOptions options)
{
    public const double TargetMessagesPerSecond = 30_000;
    public const double TargetP99Milliseconds = 250;

    /// <summary>Accepted messages per second of the last timed run.</summary>
    public double? MessagesPerSecond { get; private set; }

    public async Task<IReadOnlyList<BenchResult>> RunAsync()
    {
        Console.WriteLine($"== ingest-http: {options.Clients} clients, {options.Batch} messages/request, ~{options.MessageBytes} B/message, " +
                          $"{options.WarmupSeconds} s warm-up + {options.Seconds} s" +
                          $"{(options.Live ? ", live timestamps" : "")}{(options.Pii == "none" ? "" : ", PII rules " + options.Pii)} ==");
        var bodies = PrepareBodies();
        var results = new List<BenchResult>();
        foreach (var host in options.Host == "both" ? ["child", "inproc"] : new[] { options.Host })
            results.AddRange(await RunOnAsync(host, bodies));
        return results;
    }

    private async Task ConfigurePiiAsync(Uri portal)
    {
        using var client = new HttpClient { BaseAddress = portal };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", PortalSettings.ApiKey);
        using var response = await System.Net.Http.Json.HttpClientJsonExtensions.PutAsJsonAsync(client, "/api/privacy/pii-rules", BenchPiiRules.Body(options.Pii));
        response.EnsureSuccessStatusCode();
        Console.WriteLine($"  PII rules '{options.Pii}': {string.Join(", ", BenchPiiRules.Of(options.Pii).Select(r => $"{r.Path} {r.ActionName}"))}");
    }

    private byte[][] PrepareBodies()
    {
        var watch = Stopwatch.StartNew();
        var pool = MessagePool.Create(100_000, options.MessageBytes, RunTag.New(), options.Live);
        var poolSeconds = watch.Elapsed.TotalSeconds;
        var perRun = (long)(options.WarmupSeconds + options.Seconds) * options.MaxRate;
        var count = (int)Math.Ceiling(perRun / (double)options.Batch);
        var bodies = pool.BuildBodies(0, count, options.Batch);
        var megabytes = bodies.Sum(b => (long)b.Length) / 1e6;
        Console.WriteLine($"  prepared {count:N0} bodies ({(long)count * options.Batch:N0} messages, {megabytes:N0} MB, enough for " +
                          $"{options.MaxRate:N0} msg/s) in {watch.Elapsed.TotalSeconds:N1} s ({pool.Count:N0} distinct messages {poolSeconds:N1} s); message JSON {pool.MinBytes:N0}–{pool.MaxBytes:N0} B " +
                          $"(mean {pool.AverageBytes:N0}), ids {pool.Prefix}…");
        return bodies;
    }

    private async Task<IReadOnlyList<BenchResult>> RunOnAsync(string hostKind, byte[][] bodies)
    {
        await MachineLoad.WaitForQuietAsync(options.QuietWait);
        using var folder = new TempFolder("ingest-http", options.Keep);
        var settings = new PortalSettings(folder.File("portal.db"), seedDemo: false);
        await using var host = hostKind == "inproc"
            ? (IPortalHost)InProcessPortal.Start(settings)
            : await PortalProcess.StartReadyAsync(settings, folder.File("portal.log"), TimeSpan.FromSeconds(60));
        Console.WriteLine($"  portal {host.Description} at {host.BaseAddress}, database {settings.DatabaseFile}");
        if (options.Pii != "none")
            await ConfigurePiiAsync(host.BaseAddress);
        using var runner = new LoadRunner(host.BaseAddress, PortalSettings.WriteKey, bodies, options.Batch, options.Clients);

        var warmup = await runner.RunAsync(options.Clients, TimeSpan.FromSeconds(options.WarmupSeconds));
        Console.WriteLine($"  warm-up: {warmup.MessagesPerSecond:N0} msg/s, {warmup.NonOkResponses + warmup.Failures} not OK");

        var me = Process.GetCurrentProcess();
        var clientCpu0 = me.TotalProcessorTime;
        var serverCpu0 = host.ServerCpuTime;
        var machine0 = MachineLoad.Read();
        var io0 = IoMeter.Read(host.ProcessId);
        using var progress = new CancellationTokenSource();
        var monitor = ReportProgressAsync(runner, progress.Token);
        var run = await runner.RunAsync(options.Clients, TimeSpan.FromSeconds(options.Seconds));
        await progress.CancelAsync();
        await monitor;
        me.Refresh();
        var clientCpu = me.TotalProcessorTime - clientCpu0;
        var serverCpu = host.ServerCpuTime - serverCpu0;
        var machineBusy = MachineLoad.BusyPercent(machine0, MachineLoad.Read());
        var io = IoMeter.Read(host.ProcessId) - io0;

        var acknowledged = warmup.MessagesAcknowledged + run.MessagesAcknowledged;
        var stored = await BenchDatabase.CountEventsAsync(settings.DatabaseFile);
        Print(hostKind, host, run, clientCpu, serverCpu, machineBusy, io, acknowledged, stored, settings.DatabaseFile);
        if (hostKind == "child" || MessagesPerSecond is null)
            MessagesPerSecond = run.MessagesPerSecond;

        var name = (hostKind == "inproc" ? "ingest-http (in-process)" : "ingest-http")
                   + (options.Live ? " --live" : "");
        var notOk = run.NonOkResponses + run.Failures + warmup.NonOkResponses + warmup.Failures;
        return
        [
            BenchResult.AtLeast($"{name} messages/s", run.MessagesPerSecond, TargetMessagesPerSecond, "msg/s"),
            BenchResult.Below($"{name} p99 latency", run.Latency.P99, TargetP99Milliseconds, "ms", "N1"),
            new BenchResult($"{name} non-200 responses", "0", notOk.ToString("N0"), notOk == 0),
            new BenchResult($"{name} stored = acknowledged", $"{acknowledged:N0}", $"{stored:N0}", stored == acknowledged),
        ];
    }

    private void Print(string hostKind, IPortalHost host, LoadPhaseResult run, TimeSpan clientCpu, TimeSpan? serverCpu,
        double? machineBusy, IoMeter? io, long acknowledged, long stored, string databaseFile)
    {
        var cores = Environment.ProcessorCount;
        var wall = run.Elapsed.TotalSeconds;
        Console.WriteLine($"  timed run ({hostKind}, {wall:N1} s{(run.RanOutOfBodies ? ", STOPPED EARLY: out of prepared bodies, raise --max-rate" : "")}):");
        Console.WriteLine($"    messages/s accepted : {run.MessagesPerSecond,12:N0}   (target ≥ {TargetMessagesPerSecond:N0})");
        Console.WriteLine($"    requests/s          : {run.RequestsPerSecond,12:N1}   ({run.Requests:N0} requests)");
        Console.WriteLine($"    latency ms p50/p95/p99/max : {run.Latency.P50:N1} / {run.Latency.P95:N1} / {run.Latency.P99:N1} / {run.Latency.Max:N1}   (p99 target < {TargetP99Milliseconds:N0})");
        Console.WriteLine($"    non-200 responses   : {run.NonOkResponses:N0}, transport failures: {run.Failures:N0}{(run.FirstProblem is null ? "" : $"  first: {run.FirstProblem}")}");
        var cpuNote = host.RunsInThisProcess
            ? $"client+server (one process) {Percent(clientCpu, wall, cores)}"
            : $"server {(serverCpu is { } s ? Percent(s, wall, cores) : "?")}, client {Percent(clientCpu, wall, cores)}";
        var ours = (clientCpu + (serverCpu ?? TimeSpan.Zero)).TotalSeconds / (wall * cores) * 100;
        var others = machineBusy - ours;
        Console.WriteLine($"    CPU of {cores} cores    : {cpuNote}; whole machine {machineBusy:N0}% busy" +
                          (others > 15 ? $" — other processes took ~{others:N0}% of the machine: figures SKEWED, run again on a quiet machine" : ""));
        var perMessage = (serverCpu ?? clientCpu).TotalMilliseconds * 1000 / Math.Max(1, run.MessagesAcknowledged);
        Console.WriteLine($"    CPU per message     : {perMessage:N1} µs {(host.RunsInThisProcess ? "client+server" : "server")}" +
                          (host.RunsInThisProcess ? "" : $", {clientCpu.TotalMilliseconds * 1000 / Math.Max(1, run.MessagesAcknowledged):N1} µs client"));
        if (io is not null)
            Console.WriteLine($"    I/O of the {(host.RunsInThisProcess ? "process (client sockets included)" : "portal")} : {io.Describe(run.MessagesAcknowledged)}");
        Console.WriteLine($"    stored events       : {stored:N0} of {acknowledged:N0} acknowledged (warm-up included) " +
                          $"{(stored == acknowledged ? "OK" : "MISMATCH")}; database {BenchDatabase.Size(databaseFile)}");
    }

    /// <summary>Throughput every 5 s of the timed run, to show stalls (checkpoints, GC) the average hides.</summary>
    private static async Task ReportProgressAsync(LoadRunner runner, CancellationToken cancellationToken)
    {
        var last = 0L;
        var watch = Stopwatch.StartNew();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(5));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var now = runner.AcknowledgedSoFar;
                Console.WriteLine($"    {watch.Elapsed.TotalSeconds,5:N0} s  {(now - last) / 5.0,9:N0} msg/s");
                last = now;
            }
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
    }

    private static string Percent(TimeSpan cpu, double wallSeconds, int cores) =>
        $"{cpu.TotalSeconds / wallSeconds * 100:N0}% of one core ({cpu.TotalSeconds / (wallSeconds * cores) * 100:N0}% of machine)";
}
