using System.Text;
using System.Text.Json.Nodes;
using Lodestar.Domain.Identity;
using Lodestar.Domain.Ingestion;
using Lodestar.Domain.Sources;
using Lodestar.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Domain.Tests.Segments;

/// <summary>
/// A small fixed workspace for segment rules, stored through ingestion and identity resolution (so SegmentEvents is
/// filled the way the jobs fill it). "Now" is 2026-03-31 12:00 UTC. The people, by userId:
/// alice (pro, 34, vip, signed up 11 days ago, 3 orders: 120, 80, "n/a"; 3 Pricing views from google),
/// bob (free, 19, one order of 600 from facebook), carol ("Pro", vip false, signed up 16 days ago, no orders),
/// dave (anonymous only, one Pricing view), erin (starter, 50, 3 orders: 200, 150, 10 in the last 3 days),
/// frank (anonymous Pricing view, then identified: one profile). Alice, bob and erin have emails (so that CRM contacts
/// can join them: <see cref="SegmentCrmWorld"/>).
/// </summary>
internal sealed class SegmentWorld : IAsyncDisposable
{
    public static readonly DateTime Now = new(2026, 3, 31, 12, 0, 0, DateTimeKind.Utc);
    private int _sent;

    private string _writeKey = "";

    private SegmentWorld(DomainTestHost host, FakeTimeProvider clock)
    {
        Host = host;
        Clock = clock;
    }

    public DomainTestHost Host { get; }

    public FakeTimeProvider Clock { get; }

    public static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    /// <param name="settings">Configuration for the host, e.g. SQL Server as the database (default: a SQLite file).</param>
    /// <param name="withPeople">False for an empty workspace that a test fills with its own messages.</param>
    public static async Task<SegmentWorld> StartAsync(IDictionary<string, string?>? settings = null, bool withPeople = true)
    {
        var clock = new FakeTimeProvider(Now);
        var host = await DomainTestHost.StartAsync(settings, s => s.AddSingleton<TimeProvider>(clock));
        var world = new SegmentWorld(host, clock) { _writeKey = (await host.Get<SourceService>().CreateAsync("Website", Ct)).WriteKey };
        if (withPeople)
            await world.SendAsync(People());
        return world;
    }

    private static IEnumerable<JsonObject> People()
    {
        yield return Identify("alice", "2026-03-20T10:00:00Z", new() { ["plan"] = "pro", ["age"] = 34, ["vip"] = true, ["createdAt"] = "2026-03-20T10:00:00Z", ["email"] = "alice@example.com" });
        yield return Track("alice", "Order Completed", "2026-03-25T09:00:00Z", new() { ["revenue"] = 120, ["order_id"] = "a1" });
        yield return Track("alice", "Order Completed", "2026-02-01T09:00:00Z", new() { ["revenue"] = 80, ["order_id"] = "a2" });
        yield return Track("alice", "Order Completed", "2026-03-26T09:00:00Z", new() { ["revenue"] = "n/a", ["order_id"] = "a3" });
        for (var i = 0; i < 3; i++)
            yield return Page("alice", null, $"2026-03-2{i}T08:00:00Z", "google");
        yield return Identify("bob", "2025-12-01T10:00:00Z", new() { ["plan"] = "free", ["age"] = 19, ["createdAt"] = "2025-12-01", ["email"] = "bob@example.com" });
        yield return Track("bob", "Order Completed", "2026-03-30T09:00:00Z", new() { ["revenue"] = 600, ["order_id"] = "b1" }, "facebook");
        yield return Identify("carol", "2026-03-15T10:00:00Z", new() { ["plan"] = "Pro", ["vip"] = false, ["createdAt"] = "2026-03-15T10:00:00Z" });
        yield return Track("carol", "Signed Up", "2026-03-15T10:00:00Z", new() { ["method"] = "email" });
        yield return Page(null, "anon-dave", "2026-03-10T08:00:00Z", null);
        yield return Identify("erin", "2026-01-05T10:00:00Z", new() { ["plan"] = "starter", ["age"] = 50, ["createdAt"] = "2026-01-05", ["email"] = "erin@example.com" });
        yield return Track("erin", "Order Completed", "2026-03-29T09:00:00Z", new() { ["revenue"] = 200, ["order_id"] = "e1" }, "google");
        yield return Track("erin", "Order Completed", "2026-03-30T09:00:00Z", new() { ["revenue"] = 150, ["order_id"] = "e2" }, "google");
        yield return Track("erin", "Order Completed", "2026-03-31T09:00:00Z", new() { ["revenue"] = 10.5, ["order_id"] = "e3" }, "facebook");
        yield return Page(null, "anon-frank", "2026-03-01T08:00:00Z", "bing");
        yield return Identify("frank", "2026-03-01T08:05:00Z", new() { ["plan"] = "free" }, "anon-frank");
    }

    private static JsonObject Identify(string userId, string at, JsonObject traits, string? anonymousId = null) =>
        new() { ["type"] = "identify", ["userId"] = userId, ["anonymousId"] = anonymousId, ["timestamp"] = at, ["traits"] = traits };

    private static JsonObject Track(string userId, string name, string at, JsonObject properties, string? source = null) =>
        new()
        {
            ["type"] = "track", ["userId"] = userId, ["event"] = name, ["timestamp"] = at, ["properties"] = properties,
            ["context"] = source is null ? null : new JsonObject { ["campaign"] = new JsonObject { ["source"] = source } },
        };

    private static JsonObject Page(string? userId, string? anonymousId, string at, string? source) =>
        new()
        {
            ["type"] = "page", ["userId"] = userId, ["anonymousId"] = anonymousId, ["name"] = "Pricing", ["timestamp"] = at,
            ["properties"] = new JsonObject { ["path"] = "/pricing" },
            ["context"] = source is null ? null : new JsonObject { ["campaign"] = new JsonObject { ["source"] = source } },
        };

    /// <summary>Stores messages (JSON objects; messageId added) and resolves identities as the job does.</summary>
    public async Task SendAsync(params string[] messages) => await SendAsync(messages.Select(m => JsonNode.Parse(m)!.AsObject()));

    private async Task SendAsync(IEnumerable<JsonObject> messages)
    {
        var batch = new JsonArray();
        foreach (var message in messages)
        {
            message["messageId"] = $"seg-{++_sent}";
            foreach (var (name, value) in message.ToList().Where(p => p.Value is null))
                message.Remove(name);
            batch.Add(message);
        }

        var body = new JsonObject { ["writeKey"] = _writeKey, ["batch"] = batch }.ToJsonString();
        var result = await Host.Get<IngestionService>().IngestAsync(
            new TrackingRequest(TrackingRoute.Batch, Encoding.UTF8.GetBytes(body), null, "192.0.2.1"), Ct);
        Assert.True(result.Accepted, result.Message);
        await Host.Get<IdentityResolutionService>().RunIncrementalAsync(null, Ct);
    }

    /// <summary>The userId (or anonymousId, or the email's name for a CRM-only person) each profile id stands for.</summary>
    public async Task<string> NamesAsync(IEnumerable<long> profileIds)
    {
        await using var db = Host.CreateDbContext();
        var ids = profileIds.ToList();
        string[] types = ["user_id", "anonymous_id", "email"];
        var names = db.ProfileIdentifiers.Where(i => ids.Contains(i.ProfileId) && types.Contains(i.Type))
            .AsEnumerable().GroupBy(i => i.ProfileId)
            .Select(g => g.OrderBy(i => Array.IndexOf(types, i.Type)).First().Value.Replace("anon-", "", StringComparison.Ordinal).Split('@')[0]);
        return string.Join(",", names.Order(StringComparer.Ordinal));
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
