using Lodestar.Domain.Destinations;
using Lodestar.Domain.Destinations.Sync;
using Lodestar.Domain.Identity;
using Lodestar.Domain.Privacy;
using Lodestar.Domain.Segments;
using Lodestar.Testing;
using Lodestar.Testing.Receivers;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Destinations;

/// <summary>
/// A real SQLite database with profiles p1…pN (email pN@example.com, trait firstName "Name N"), a segment whose members
/// a test sets directly, an audience webhook destination pointing at a local <see cref="WebhookReceiver"/>, and a
/// connection — with retries shortened so failures are quick.
/// </summary>
internal sealed class DestinationWorld : IAsyncDisposable
{
    public const string Secret = "test-signing-secret-1234";
    public static readonly DateTime Now = new(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc);

    private DestinationWorld(DomainTestHost host, WebhookReceiver receiver)
    {
        Host = host;
        Receiver = receiver;
    }

    public DomainTestHost Host { get; }

    public WebhookReceiver Receiver { get; }

    public long DestinationId { get; private set; }

    public long SegmentId { get; private set; }

    public long ConnectionId { get; private set; }

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public DestinationSyncService Syncs => Host.Get<DestinationSyncService>();

    public static async Task<DestinationWorld> StartAsync(int profiles = 25, int batchSize = 10, string? consentCategory = null,
        int failedRunsBeforePause = 3)
    {
        var host = await DomainTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Destinations:RetryBaseDelay"] = "00:00:00.010",
            ["Destinations:MaxRetries"] = "3",
            ["Destinations:FailedRunsBeforePause"] = failedRunsBeforePause.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var world = new DestinationWorld(host, await WebhookReceiver.StartAsync(Secret));
        await world.SeedAsync(profiles);
        world.DestinationId = await host.Get<DestinationService>().CreateAsync(new DestinationDraft("Hook", "audience-webhook", true,
            new Dictionary<string, string> { ["url"] = world.Receiver.Url }, new Dictionary<string, string> { ["signingSecret"] = Secret },
            consentCategory, batchSize, null), "test", Ct);
        world.ConnectionId = await host.Get<DestinationConnectionService>().ConnectAsync(world.DestinationId,
            new ConnectionDraft(world.SegmentId, [new FieldMapping("firstName", "FNAME")], 0, true), "test", Ct);
        return world;
    }

    /// <summary>Makes exactly these profiles the segment's members.</summary>
    public async Task SetMembersAsync(IEnumerable<long> profileIds)
    {
        await using var db = Host.CreateDbContext();
        await db.SegmentMembers.Where(m => m.SegmentId == SegmentId).ExecuteDeleteAsync(Ct);
        db.SegmentMembers.AddRange(profileIds.Select(p => new SegmentMember { SegmentId = SegmentId, ProfileId = p, EnteredAt = Now }));
        await db.SaveChangesAsync(Ct);
    }

    public async Task ConsentAsync(long profileId, bool granted, int minute)
    {
        await using var db = Host.CreateDbContext();
        db.ConsentChanges.Add(new ConsentChange
        {
            IdentifierType = "email", IdentifierValue = $"p{profileId}@example.com", Category = "marketing", Granted = granted,
            OccurredAt = Now.AddMinutes(minute), Source = ConsentSource.Api,
        });
        await db.SaveChangesAsync(Ct);
    }

    public Task<DestinationRun?> SyncAsync(CancellationToken? cancellationToken = null) =>
        Syncs.SyncConnectionAsync(ConnectionId, DestinationRunTrigger.Manual, null, cancellationToken ?? Ct);

    /// <summary>Every audience event the receiver applied: (type, profile id).</summary>
    public List<(string Type, long ProfileId)> Received() =>
        Receiver.Accepted.SelectMany(b => b.Body["events"]!.AsArray())
            .Select(e => (e!["type"]!.GetValue<string>(), e["profileId"]!.GetValue<long>())).ToList();

    public async Task<List<long>> HeldAsync()
    {
        await using var db = Host.CreateDbContext();
        return await db.DestinationMembers.Where(m => m.ConnectionId == ConnectionId).Select(m => m.ProfileId).OrderBy(p => p).ToListAsync(Ct);
    }

    public async Task<Destination> DestinationAsync()
    {
        await using var db = Host.CreateDbContext();
        return await db.Destinations.AsNoTracking().FirstAsync(d => d.Id == DestinationId, Ct);
    }

    private async Task SeedAsync(int profiles)
    {
        await using var db = Host.CreateDbContext();
        for (var id = 1; id <= profiles; id++)
        {
            db.Profiles.Add(new Profile { Id = id, FirstSeenAt = Now, LastSeenAt = Now });
            db.ProfileIdentifiers.Add(new ProfileIdentifier { Type = "email", Value = $"p{id}@example.com", ProfileId = id, FirstSeenAt = Now });
            db.ProfileTraits.Add(new ProfileTrait { ProfileId = id, Key = "firstName", Value = $"\"Name {id}\"", UpdatedAt = Now, MessageId = $"m{id}" });
        }

        var segment = new Segment { Name = "Fans", Kind = SegmentKind.Static, CreatedBy = "test", UpdatedBy = "test", CreatedAt = Now, UpdatedAt = Now };
        db.Segments.Add(segment);
        await db.SaveChangesAsync(Ct);
        SegmentId = segment.Id;
        await SetMembersAsync(Enumerable.Range(1, profiles).Select(i => (long)i));
    }

    public async ValueTask DisposeAsync()
    {
        await Receiver.DisposeAsync();
        await Host.DisposeAsync();
    }
}
