using System.Diagnostics;
using Lodestar.Domain.Data;
using Lodestar.Domain.Destinations;
using Lodestar.Domain.Destinations.Sync;
using Lodestar.Testing.Receivers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Benchmarks;

/// <summary>
/// Destination syncs at R1 on a fresh generated database (<see cref="DestinationsR1Data"/>): the full sync of the
/// 100,000-member audience to a local webhook receiver (Kestrel, HMAC checked) in batches of 1,000; then, with 20 more
/// segments connected and in step, a refresh that changes about 10 % of each, and the diff computation for the 20.
/// </summary>
public sealed class DestinationsR1Benchmark(BenchOptions options)
{
    private const string Secret = "benchmark-signing-secret";

    public async Task<IReadOnlyList<BenchResult>> RunAsync()
    {
        using var folder = new TempFolder("destinations-r1", options.Keep);
        var file = folder.File("destinations.db");
        await BenchDatabase.CreateAsync(file, CancellationToken.None);
        await using var provider = SegmentsR1Benchmark.BuildProvider(file);
        var contexts = provider.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        var generate = Stopwatch.StartNew();
        await DestinationsR1Data.GenerateAsync(contexts);
        Console.WriteLine($"  generated {DestinationsR1Data.Profiles:N0} profiles and {DestinationsR1Data.SmallSegments + 1} segments in {generate.Elapsed.TotalSeconds:N1} s");
        await using var receiver = await WebhookReceiver.StartAsync(Secret);
        var destinations = provider.GetRequiredService<DestinationService>();
        var connections = provider.GetRequiredService<DestinationConnectionService>();
        var syncs = provider.GetRequiredService<DestinationSyncService>();
        var hook = await destinations.CreateAsync(Draft("Full audience", receiver.Url), "bench", CancellationToken.None);
        var everyone = await connections.ConnectAsync(hook, new ConnectionDraft(1, [new FieldMapping("firstName", "FNAME"), new FieldMapping("plan", "PLAN")], 0, true),
            "bench", CancellationToken.None);

        await MachineLoad.WaitForQuietAsync(options.QuietWait);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        // Planned first on its own (the sync then resumes the planned run), so that both halves are seen.
        var destination = await (await contexts.CreateDbContextAsync()).Destinations.FirstAsync(d => d.Id == hook);
        var connection = await (await contexts.CreateDbContextAsync()).DestinationConnections.FirstAsync(c => c.Id == everyone);
        await SyncPlanner.PlanAsync(contexts, destination, connection, DestinationRunTrigger.Manual, true, 1000, DateTime.UtcNow, CancellationToken.None);
        var planSeconds = watch.Elapsed.TotalSeconds;
        var planCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var full = await syncs.SyncConnectionAsync(everyone, DestinationRunTrigger.Manual, null, CancellationToken.None);
        var fullSeconds = watch.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var received = receiver.Accepted.Sum(b => b.Body["events"]!.AsArray().Count);
        Console.WriteLine($"  full sync: {full!.Status}, {full.Sent:N0} sent in {receiver.Accepted.Count:N0} batches ({received:N0} received, " +
                          $"{receiver.BadSignatures} bad signatures) in {fullSeconds:N1} s, {cpuSeconds:N1} s of CPU for sender and receiver together " +
                          $"(planning {planSeconds:N1} s, {planCpu:N1} s CPU) (load {MachineLoad.LoadAverage()})");

        var diff = await DiffAsync(provider, receiver.Url);
        return
        [
            BenchResult.Below("destinations-r1 full sync of 100,000 members (batches of 1,000)", fullSeconds, 20, "s", "N1"),
            BenchResult.Below("destinations-r1 diff computation, 20-segment refresh", diff, 5, "s", "N2"),
        ];
    }

    private async Task<double> DiffAsync(ServiceProvider provider, string url)
    {
        var contexts = provider.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        var destinationId = await provider.GetRequiredService<DestinationService>().CreateAsync(Draft("Twenty segments", url), "bench", CancellationToken.None);
        var connections = new List<long>();
        for (var segment = 2L; segment <= DestinationsR1Data.SmallSegments + 1; segment++)
            connections.Add(await provider.GetRequiredService<DestinationConnectionService>().ConnectAsync(destinationId,
                new ConnectionDraft(segment, [new FieldMapping("firstName", "FNAME")], 60, true), "bench", CancellationToken.None));
        // In step: the destination holds each segment's members, as after earlier syncs.
        await using (var db = await contexts.CreateDbContextAsync())
        {
            foreach (var (connection, segment) in connections.Select((c, i) => (c, i + 2L)))
                await db.Database.ExecuteSqlAsync($"INSERT INTO DestinationMembers (ConnectionId, ProfileId, SentAt) SELECT {connection}, ProfileId, EnteredAt FROM SegmentMembers WHERE SegmentId = {segment}");
            await db.DestinationConnections.Where(c => c.DestinationId == destinationId).ExecuteUpdateAsync(s => s.SetProperty(c => c.LastSuccessAt, DateTime.UtcNow));
        }

        await DestinationsR1Data.ChurnAsync(contexts);
        await MachineLoad.WaitForQuietAsync(options.QuietWait);
        var previews = provider.GetRequiredService<SyncPreviewService>();
        var watch = Stopwatch.StartNew();
        int adds = 0, removes = 0;
        foreach (var connection in connections)
        {
            var preview = await previews.PreviewAsync(destinationId, connection, CancellationToken.None);
            adds += preview.Adds;
            removes += preview.Removes;
        }

        var seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"  diff of 20 segments after a refresh: {adds:N0} adds, {removes:N0} removes, with samples, in {seconds:N2} s (load {MachineLoad.LoadAverage()})");
        return seconds;
    }

    private static DestinationDraft Draft(string name, string url) => new(name, "audience-webhook", true,
        new Dictionary<string, string> { ["url"] = url }, new Dictionary<string, string> { ["signingSecret"] = Secret }, null, 1000, null);
}
