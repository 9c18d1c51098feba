using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Lodestar.Domain.Identity;
using Lodestar.Domain.Ingestion;
using Lodestar.Domain.Sources;
using Lodestar.Testing;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Identity;

/// <summary>
/// A real SQLite workspace where messages go in through ingestion (one batch per call, in order, a minute apart)
/// and identity resolution runs as the job runs it.
/// </summary>
internal sealed class IdentityHarness : IAsyncDisposable
{
    private static readonly DateTime Start = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);
    private readonly string _writeKey;
    private int _sent;

    private IdentityHarness(DomainTestHost host, string writeKey)
    {
        Host = host;
        _writeKey = writeKey;
    }

    public DomainTestHost Host { get; }

    public static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    public IdentityResolutionService Service => Host.Get<IdentityResolutionService>();

    public static async Task<IdentityHarness> StartAsync(int batchSize = 20_000)
    {
        var host = await DomainTestHost.StartAsync(new Dictionary<string, string?> { ["Identity:BatchSize"] = batchSize.ToString(CultureInfo.InvariantCulture) });
        var source = await host.Get<SourceService>().CreateAsync("Website", Ct);
        return new IdentityHarness(host, source.WriteKey);
    }

    /// <summary>Stores messages (JSON objects without timestamps; each gets the next minute).</summary>
    public async Task SendAsync(params string[] messages)
    {
        var batch = new JsonArray();
        foreach (var message in messages)
        {
            var node = JsonNode.Parse(message)!.AsObject();
            node["timestamp"] ??= Start.AddMinutes(_sent++).ToString("O", CultureInfo.InvariantCulture);
            node["messageId"] ??= $"m-{_sent}";
            batch.Add(node);
        }

        var body = new JsonObject { ["writeKey"] = _writeKey, ["batch"] = batch }.ToJsonString();
        var result = await Host.Get<IngestionService>().IngestAsync(
            new TrackingRequest(TrackingRoute.Batch, Encoding.UTF8.GetBytes(body), null, "192.0.2.1"), Ct);
        Assert.True(result.Accepted, result.Message);
    }

    public Task<IdentityRunResult> ResolveAsync() => Service.RunIncrementalAsync(null, Ct);

    /// <summary>The living profile holding an identifier, or null.</summary>
    public async Task<long?> ProfileOfAsync(string type, string value)
    {
        await using var db = Host.CreateDbContext();
        return await db.ProfileIdentifiers.Where(i => i.Type == type && i.Value == value).Select(i => (long?)i.ProfileId).FirstOrDefaultAsync(Ct);
    }

    public async Task<List<Profile>> LivingProfilesAsync()
    {
        await using var db = Host.CreateDbContext();
        return await db.Profiles.AsNoTracking().Where(p => p.MergedIntoId == null).OrderBy(p => p.Id).ToListAsync(Ct);
    }

    public async Task<List<string>> IdentifiersOfAsync(long profileId)
    {
        await using var db = Host.CreateDbContext();
        return (await db.ProfileIdentifiers.Where(i => i.ProfileId == profileId).ToListAsync(Ct))
            .Select(i => $"{i.Type}:{i.Value}").Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Every derived row, as text, for comparing two runs.</summary>
    public async Task<string> SnapshotAsync()
    {
        await using var db = Host.CreateDbContext();
        var text = new StringBuilder();
        foreach (var p in await db.Profiles.OrderBy(p => p.Id).ToListAsync(Ct))
            text.AppendLine(CultureInfo.InvariantCulture, $"P {p.Id} {p.MergedIntoId} {p.FirstSeenAt:O} {p.LastSeenAt:O} {p.EventCount} {p.IdentifierCount} {p.DisplayName}");
        foreach (var i in await db.ProfileIdentifiers.OrderBy(i => i.Type).ThenBy(i => i.Value).ToListAsync(Ct))
            text.AppendLine(CultureInfo.InvariantCulture, $"I {i.Type} {i.Value} {i.ProfileId} {i.FirstEventId}");
        foreach (var t in await db.ProfileTraits.OrderBy(t => t.ProfileId).ThenBy(t => t.Key).ToListAsync(Ct))
            text.AppendLine(CultureInfo.InvariantCulture, $"T {t.ProfileId} {t.Key} {t.Value} {t.EventId}");
        foreach (var m in await db.ProfileMerges.OrderBy(m => m.EventId).ThenBy(m => m.MergedId).ToListAsync(Ct))
            text.AppendLine(CultureInfo.InvariantCulture, $"M {m.SurvivorId} {m.MergedId} {m.IdentifierType} {m.IdentifierValue} {m.MessageId}");
        foreach (var c in await db.IdentityConflicts.OrderBy(c => c.EventId).ThenBy(c => c.IdentifierType).ToListAsync(Ct))
            text.AppendLine(CultureInfo.InvariantCulture, $"C {c.EventId} {c.ProfileId} {c.IdentifierType} {c.IdentifierValue} {c.Reason}");
        foreach (var e in await db.EventProfiles.OrderBy(e => e.EventId).ToListAsync(Ct))
            text.AppendLine(CultureInfo.InvariantCulture, $"E {e.EventId} {e.ProfileId}");
        return text.ToString();
    }

    /// <summary>Fails with the rows that differ (a plain string comparison shows only the first difference).</summary>
    public static void AssertSameSnapshot(string expected, string actual)
    {
        if (expected == actual)
            return;
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        var missing = left.Except(right).Take(40).Select(line => "- " + line);
        var extra = right.Except(left).Take(40).Select(line => "+ " + line);
        Assert.Fail("The snapshots differ (- expected only, + actual only):\n" + string.Join('\n', missing.Concat(extra)));
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
