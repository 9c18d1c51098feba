using System.Globalization;
using Lodestar.Domain.Crm;
using Lodestar.Domain.Crm.Activities;
using Lodestar.Domain.Data;
using Lodestar.Domain.Destinations;
using Lodestar.Domain.Destinations.Sync;
using Lodestar.Domain.Segments;
using Lodestar.Testing.Receivers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Testing.Privacy;

/// <summary>
/// Two people for privacy tests. Ann is seen under an anonymous id, then a user id with an email and a phone (a second
/// profile, merged into the first when a message links the two), withdraws marketing consent she gave, has a CRM contact
/// with a note and a call, is in a segment (with its history) that an audience webhook destination received. Bob has
/// his own events, contact, note and the same segment and destination: none of it may show up in what is Ann's.
/// Every value carries <see cref="Tag"/>, so scenarios in one shared database do not meet.
/// </summary>
public sealed class SubjectAccessScenario
{
    public const string Secret = "subject-access-secret-1";
    private static readonly DateTime Now = new(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc);

    private SubjectAccessScenario(string tag) => Tag = tag;

    public string Tag { get; }

    public string AnnAnonymousId => $"anon-ann-{Tag}";

    public string AnnUserId => $"user-ann-{Tag}";

    public string AnnEmail => $"ann.{Tag}@example.com";

    /// <summary>As Ann typed it (national form); stored as <see cref="AnnPhoneE164"/>.</summary>
    public string AnnPhone => $"(415) 867-{Digits}";

    public string AnnPhoneE164 => $"+1415867{Digits}";

    public string BobUserId => $"user-bob-{Tag}";

    public string BobEmail => $"bob.{Tag}@example.com";

    public string BobNote => $"Bob asked about invoices {Tag}";

    public string AnnNote => $"Ann prefers email {Tag}";

    public string SegmentName => $"Fans {Tag}";

    public string DestinationName => $"Hook {Tag}";

    /// <summary>The profile Ann's anonymous visit made, which the user-id profile was merged into.</summary>
    public long AnnProfileId { get; private set; }

    public long AnnMergedProfileId { get; private set; }

    public long AnnContactId { get; private set; }

    public long BobProfileId { get; private set; }

    public long BobContactId { get; private set; }

    public long SegmentId { get; private set; }

    /// <summary>Ann's tracking messages' ids (her CRM contact's messages come on top).</summary>
    public IReadOnlyList<string> AnnMessageIds => [$"ann-1-{Tag}", $"ann-2-{Tag}", $"ann-3-{Tag}", $"ann-4-{Tag}"];

    public IReadOnlyList<string> BobMessageIds => [$"bob-1-{Tag}", $"bob-2-{Tag}"];

    private string Digits => (Math.Abs(Tag.GetHashCode(StringComparison.Ordinal)) % 10_000).ToString("0000", CultureInfo.InvariantCulture);

    /// <param name="send">Stores tracking messages (JSON objects with messageId and timestamp), in order.</param>
    /// <param name="resolve">Runs identity resolution over what was stored.</param>
    /// <param name="receiverUrl">Where the audience webhook destination sends (a <see cref="WebhookReceiver"/> started with <see cref="Secret"/>).</param>
    public static async Task<SubjectAccessScenario> SeedAsync(IServiceProvider services, string tag, Func<string[], Task> send, Func<Task> resolve,
        string receiverUrl, CancellationToken cancellationToken)
    {
        var s = new SubjectAccessScenario(tag);
        await send([s.Message("""{"type":"page","anonymousId":"@annAnon","name":"Pricing","context":{"consent":{"categoryPreferences":{"marketing":true}}}}""", "ann-1", 1)]);
        await send([s.Message("""{"type":"identify","userId":"@annUser","traits":{"email":"@annEmail","phone":"+1 415 867 @digits","firstName":"Ann"}}""", "ann-2", 2)]);
        await send([s.Message("""{"type":"identify","userId":"@bobUser","anonymousId":"anon-bob-@tag","traits":{"email":"@bobEmail","firstName":"Bob"}}""", "bob-1", 3)]);
        await resolve();
        s.AnnProfileId = await ProfileOfAsync(services, "anonymous_id", s.AnnAnonymousId, cancellationToken);
        s.AnnMergedProfileId = await ProfileOfAsync(services, "user_id", s.AnnUserId, cancellationToken);
        await send(
        [
            s.Message("""{"type":"track","userId":"@annUser","anonymousId":"@annAnon","event":"Newsletter Unsubscribed","context":{"consent":{"categoryPreferences":{"marketing":false}}}}""", "ann-3", 4),
            s.Message("""{"type":"track","userId":"@annUser","event":"Order Completed","properties":{"revenue":49.9}}""", "ann-4", 5),
            s.Message("""{"type":"track","userId":"@bobUser","event":"Order Completed","properties":{"revenue":10}}""", "bob-2", 6),
        ]);

        var contacts = services.GetRequiredService<ContactService>();
        var activities = services.GetRequiredService<ActivityService>();
        s.AnnContactId = (await contacts.CreateAsync(new ContactFields { FirstName = "Ann", LastName = "Archer", Email = s.AnnEmail, Phone = s.AnnPhone, City = "Richmond" },
            "sam", cancellationToken)).Contact.Id;
        s.BobContactId = (await contacts.CreateAsync(new ContactFields { FirstName = "Bob", LastName = "Baker", Email = s.BobEmail }, "sam", cancellationToken)).Contact.Id;
        await activities.CreateAsync(new ActivityFields { Kind = "note", Body = s.AnnNote, ContactId = s.AnnContactId }, "sam", null, cancellationToken);
        await activities.CreateAsync(new ActivityFields { Kind = "call", Subject = "Renewal call", ContactId = s.AnnContactId, Direction = "outbound", Outcome = "connected" },
            "sam", null, cancellationToken);
        await activities.CreateAsync(new ActivityFields { Kind = "note", Body = s.BobNote, ContactId = s.BobContactId }, "sam", null, cancellationToken);
        await resolve();
        s.AnnProfileId = await ProfileOfAsync(services, "user_id", s.AnnUserId, cancellationToken);
        s.BobProfileId = await ProfileOfAsync(services, "user_id", s.BobUserId, cancellationToken);
        await s.AudienceAsync(services, receiverUrl, cancellationToken);
        return s;
    }

    /// <summary>Both in a static segment (Ann also with an entry in its history), connected to a webhook destination and synced.</summary>
    private async Task AudienceAsync(IServiceProvider services, string receiverUrl, CancellationToken cancellationToken)
    {
        await using (var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(cancellationToken))
        {
            var segment = new Segment { Name = SegmentName, Kind = SegmentKind.Static, CreatedBy = "test", UpdatedBy = "test", CreatedAt = Now, UpdatedAt = Now };
            db.Segments.Add(segment);
            await db.SaveChangesAsync(cancellationToken);
            SegmentId = segment.Id;
            db.SegmentMembers.AddRange(new SegmentMember { SegmentId = SegmentId, ProfileId = AnnProfileId, EnteredAt = Now },
                new SegmentMember { SegmentId = SegmentId, ProfileId = BobProfileId, EnteredAt = Now });
            db.SegmentMembershipChanges.AddRange(new SegmentMembershipChange { SegmentId = SegmentId, ProfileId = AnnProfileId, Entered = true, At = Now },
                new SegmentMembershipChange { SegmentId = SegmentId, ProfileId = BobProfileId, Entered = true, At = Now });
            await db.SaveChangesAsync(cancellationToken);
        }

        var destination = await services.GetRequiredService<DestinationService>().CreateAsync(new DestinationDraft(DestinationName, "audience-webhook", true,
            new Dictionary<string, string> { ["url"] = receiverUrl }, new Dictionary<string, string> { ["signingSecret"] = Secret }, null, 10, null), "test", cancellationToken);
        var connection = await services.GetRequiredService<DestinationConnectionService>().ConnectAsync(destination,
            new ConnectionDraft(SegmentId, [new FieldMapping("firstName", "FNAME")], 0, true), "test", cancellationToken);
        var run = await services.GetRequiredService<DestinationSyncService>().SyncConnectionAsync(connection, DestinationRunTrigger.Manual, null, cancellationToken);
        if (run?.Status != DestinationRunStatus.Succeeded)
            throw new InvalidOperationException($"The scenario's destination sync did not succeed: {run?.Status} {run?.Error}");
    }

    /// <summary>A message from a template naming the scenario's values (<c>@annUser</c>, …), with its id (<c>ann-1-{tag}</c>) and timestamp.</summary>
    private string Message(string template, string id, int minute)
    {
        var json = template.Replace("@annAnon", AnnAnonymousId, StringComparison.Ordinal).Replace("@annUser", AnnUserId, StringComparison.Ordinal)
            .Replace("@annEmail", AnnEmail, StringComparison.Ordinal).Replace("@digits", Digits, StringComparison.Ordinal)
            .Replace("@bobUser", BobUserId, StringComparison.Ordinal).Replace("@bobEmail", BobEmail, StringComparison.Ordinal)
            .Replace("@tag", Tag, StringComparison.Ordinal);
        var time = Now.AddMinutes(minute).ToString("O", CultureInfo.InvariantCulture);
        return $"{{\"messageId\":\"{id}-{Tag}\",\"timestamp\":\"{time}\",{json[1..]}";
    }

    private static async Task<long> ProfileOfAsync(IServiceProvider services, string type, string value, CancellationToken cancellationToken)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(cancellationToken);
        return await db.ProfileIdentifiers.Where(i => i.Type == type && i.Value == value).Select(i => i.ProfileId).SingleAsync(cancellationToken);
    }
}
