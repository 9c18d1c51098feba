using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Lodestar.Domain.Crm;
using Lodestar.Domain.Crm.Activities;
using Lodestar.Domain.Identity;
using Lodestar.Domain.Ingestion;
using Lodestar.Domain.Privacy.Access;
using Lodestar.Domain.Sources;
using Lodestar.Testing;

namespace Lodestar.Benchmarks;

/// <summary>
/// Subject access (issue 9): the JSON document of a person with 10,000 events (about 1 KB each), found by phone number
/// through the identity graph, written to a file, among 5,000 other people's events. A person with 1,000 events is
/// exported the same way first: the document streams, so the peak memory of the two must be about the same.
/// </summary>
public sealed class SubjectAccessBenchmark(BenchOptions options)
{
    private const int BigEvents = 10_000;
    private const int SmallEvents = 1_000;
    private const int Batch = 200;
    private static readonly DateTime Start = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly string Filler = new('x', 700);

    public async Task<IReadOnlyList<BenchResult>> RunAsync()
    {
        await using var host = await DomainTestHost.StartAsync();
        var writeKey = (await host.Get<SourceService>().CreateAsync("Benchmark", CancellationToken.None)).WriteKey;
        var seed = Stopwatch.StartNew();
        await SeedPersonAsync(host, writeKey, "small", SmallEvents);
        await SeedPersonAsync(host, writeKey, "big", BigEvents);
        await SeedOthersAsync(host, writeKey);
        var resolved = await host.Get<IdentityResolutionService>().RunIncrementalAsync(null, CancellationToken.None);
        Console.WriteLine($"== subject-access: {SmallEvents:N0}- and {BigEvents:N0}-event people among 5,000 others' events; " +
                          $"{resolved.EventsProcessed:N0} events stored and resolved in {seed.Elapsed.TotalSeconds:N1} s (not timed) ==");

        await ExportAsync(host, "small", "warm-up");
        await MachineLoad.WaitForQuietAsync(options.QuietWait);
        var small = await ExportAsync(host, "small", $"{SmallEvents:N0} events");
        await MachineLoad.WaitForQuietAsync(options.QuietWait);
        var big = await ExportAsync(host, "big", $"{BigEvents:N0} events");
        return
        [
            BenchResult.Info($"subject-access export, {BigEvents:N0} events", $"{big.Seconds:N2} s, {big.Bytes / 1e6:N1} MB of JSON"),
            BenchResult.Info("subject-access peak working-set growth, 1,000 → 10,000 events", $"{small.PeakGrowth / 1e6:N0} MB → {big.PeakGrowth / 1e6:N0} MB"),
        ];
    }

    private static async Task<(double Seconds, long Bytes, long PeakGrowth)> ExportAsync(DomainTestHost host, string who, string label)
    {
        var service = host.Get<SubjectAccessService>();
        var file = host.Folder.File($"{who}.json");
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        var baseline = process.WorkingSet64;
        IdentityR1Benchmark.ResetPeakWorkingSet();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var export = await service.LocateAsync("phone", Phone(who), CancellationToken.None);
        var locateSeconds = watch.Elapsed.TotalSeconds;
        SubjectExportSummary summary;
        await using (var stream = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 16_384, useAsync: true))
            summary = await service.WriteAsync(export, stream, CancellationToken.None);
        var seconds = watch.Elapsed.TotalSeconds;
        process.Refresh();
        var bytes = new FileInfo(file).Length;
        var growth = process.PeakWorkingSet64 - baseline;
        Console.WriteLine($"  {label}: {summary.Events:N0} events, {bytes / 1e6:N1} MB in {seconds:N2} s (locating {locateSeconds * 1000:N0} ms); " +
                          $"working set {baseline / 1e6:N0} MB before, peak {process.PeakWorkingSet64 / 1e6:N0} MB (+{growth / 1e6:N0} MB), " +
                          $"allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6:N0} MB (load {MachineLoad.LoadAverage()})");
        return (seconds, bytes, growth);
    }

    /// <summary>The person: an anonymous visit, then a user id with email and phone, then many events; a CRM contact with notes.</summary>
    private static async Task SeedPersonAsync(DomainTestHost host, string writeKey, string who, int events)
    {
        var messages = new List<JsonObject>
        {
            Message($$$"""{"type":"page","anonymousId":"anon-{{{who}}}","name":"Home"}""", 0),
            Message($$$"""{"type":"identify","anonymousId":"anon-{{{who}}}","userId":"user-{{{who}}}","traits":{"email":"{{{who}}}@example.com","phone":"{{{Phone(who)}}}","firstName":"Pat"}}""", 1),
        };
        messages.AddRange(Enumerable.Range(2, events - 2).Select(i =>
            Message($$$"""{"type":"track","userId":"user-{{{who}}}","event":"Viewed Item","properties":{"item":"sku-{{{i}}}","n":{{{i}}},"note":"{{{Filler}}}"}}""", i)));
        await IngestAsync(host, writeKey, messages);
        var contact = await host.Get<ContactService>().CreateAsync(
            new ContactFields { FirstName = "Pat", LastName = who, Email = $"{who}@example.com", Phone = Phone(who) }, "bench", CancellationToken.None);
        for (var i = 0; i < 5; i++)
            await host.Get<ActivityService>().CreateAsync(new ActivityFields { Kind = "note", Body = $"Note {i} about {who}", ContactId = contact.Contact.Id },
                "bench", null, CancellationToken.None);
    }

    private static Task SeedOthersAsync(DomainTestHost host, string writeKey) => IngestAsync(host, writeKey, [.. Enumerable.Range(0, 5_000).Select(i =>
        Message($$$"""{"type":"track","userId":"other-{{{i % 500}}}","event":"Viewed Item","properties":{"item":"sku-{{{i}}}","note":"{{{Filler}}}"}}""", i))]);

    private static async Task IngestAsync(DomainTestHost host, string writeKey, IReadOnlyList<JsonObject> messages)
    {
        var ingestion = host.Get<IngestionService>();
        foreach (var chunk in messages.Chunk(Batch))
        {
            var body = new JsonObject { ["writeKey"] = writeKey, ["batch"] = new JsonArray([.. chunk]) }.ToJsonString();
            var result = await ingestion.IngestAsync(new TrackingRequest(TrackingRoute.Batch, Encoding.UTF8.GetBytes(body), null, "192.0.2.1"), CancellationToken.None);
            if (!result.Accepted)
                throw new InvalidOperationException($"The benchmark's messages were refused: {result.Message}");
        }
    }

    private static JsonObject Message(string json, int minute)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node["timestamp"] = Start.AddMinutes(minute).ToString("O", CultureInfo.InvariantCulture);
        node["messageId"] = Guid.NewGuid().ToString("N");
        return node;
    }

    private static string Phone(string who) => who == "big" ? "+14158670101" : "+14158670102";
}
