using Lodestar.Domain.Crm;
using Lodestar.Domain.Crm.Activities;
using Lodestar.Domain.Destinations;
using Lodestar.Domain.Destinations.Sync;
using Lodestar.Domain.Privacy;
using Lodestar.Domain.Privacy.Deletion;
using Lodestar.Domain.Segments;
using Lodestar.Domain.Tests.Identity;
using Lodestar.Testing.Privacy;
using Lodestar.Testing.Receivers;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Privacy.Deletion;

/// <summary>
/// A real SQLite workspace with one person seen under an anonymous id, a user id, an email, a phone and a CRM contact
/// (with a note, a ticket and consent), in a segment synced to an audience webhook at a local receiver — and a
/// bystander who must survive every erasure of the person.
/// </summary>
internal sealed class DeletionHarness : IAsyncDisposable
{
    public const string Secret = "deletion-test-signing-secret";

    private DeletionHarness(IdentityHarness identity, WebhookReceiver receiver, string token)
    {
        Identity = identity;
        Receiver = receiver;
        Token = token;
    }

    public IdentityHarness Identity { get; }

    public WebhookReceiver Receiver { get; }

    /// <summary>In every text value of the person (the phone aside), so a scan for it finds any trace.</summary>
    public string Token { get; }

    public string AnonymousId => $"anon-{Token}";

    public string UserId => $"user-{Token}";

    public string Email => $"{Token}@erasure.example";

    /// <summary>As the person's messages send it; identity stores <see cref="PhoneE164"/>.</summary>
    public string Phone => "+1 (555) 013-4477";

    public string PhoneE164 => "+15550134477";

    public string FirstName => $"Zelphine{Token}";

    public long ContactId { get; private set; }

    public long DestinationId { get; private set; }

    public Testing.DomainTestHost Host => Identity.Host;

    public static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    /// <summary>The texts no table may hold after the person is erased.</summary>
    public IReadOnlyList<string> Traces => [Token, PhoneE164, "5550134477", Phone, "013-4477"];

    public static async Task<DeletionHarness> StartAsync()
    {
        var identity = await IdentityHarness.StartAsync();
        var harness = new DeletionHarness(identity, await WebhookReceiver.StartAsync(Secret), "zq" + Guid.NewGuid().ToString("N")[..10]);
        await harness.SeedAsync();
        return harness;
    }

    public async Task<DeletionView> EraseAsync(string type, string value, string? mode = null)
    {
        var (request, _) = await Host.Get<DeletionRequestService>().FileAsync(type, value, mode, "admin@test", Ct);
        return await Host.Get<DeletionService>().ProcessAsync(request.Id, null, null, Ct);
    }

    public Task<List<string>> ScanAsync(IReadOnlyCollection<string>? texts = null) =>
        DatabaseScan.FindTextsAsync(Host.Folder.File("portal.db"), texts ?? Traces, Ct);

    public async Task<int> EventsOfAsync(string userId)
    {
        await using var db = Host.CreateDbContext();
        return await db.Events.CountAsync(e => e.UserId == userId, Ct);
    }

    private async Task SeedAsync()
    {
        await Identity.SendAsync(
            $$$$"""{"type":"page","anonymousId":"{{{{AnonymousId}}}}","name":"Pricing","context":{"consent":{"categoryPreferences":{"analytics":true}},"page":{"url":"https://shop.example/?email={{{{Uri.EscapeDataString(Email)}}}}"}}}""",
            $$$$"""{"type":"identify","anonymousId":"{{{{AnonymousId}}}}","userId":"{{{{UserId}}}}","traits":{"email":"{{{{Email.ToUpperInvariant()}}}}","phone":"{{{{Phone}}}}","firstName":"{{{{FirstName}}}}","lastName":"Quorrow{{{{Token}}}}","address":{"city":"Erasureville{{{{Token}}}}"},"cohort":"deletion"}}""",
            $$$$"""{"type":"track","userId":"{{{{UserId}}}}","event":"Order Completed","properties":{"revenue":42,"note":"gift for {{{{FirstName}}}}"}}""",
            """{"type":"identify","userId":"bystander","traits":{"email":"bystander@example.com","cohort":"deletion"}}""",
            """{"type":"track","userId":"bystander","event":"Order Completed","properties":{"revenue":7}}""");
        var contact = await Host.Get<ContactService>().CreateAsync(new ContactFields
        {
            FirstName = FirstName, LastName = $"Quorrow{Token}", Email = Email, Phone = "555-013-4477", City = $"Erasureville{Token}",
        }, "sales@test", Ct);
        ContactId = contact.Contact.Id;
        await Host.Get<ActivityService>().CreateAsync(new ActivityFields { Kind = "note", Body = $"Called {FirstName} about the renewal", ContactId = ContactId },
            "sales@test", null, Ct);
        await Host.Get<TicketService>().CreateAsync(new TicketFields { Subject = $"Refund for Quorrow{Token}", Priority = "normal", ContactId = ContactId }, "sales@test", Ct);
        await Host.Get<ConsentService>().RecordForContactAsync(ContactId, "marketing", true, "sales@test", Ct);
        await Identity.ResolveAsync();
        await SyncToDestinationAsync();
    }

    /// <summary>Everyone with a profile in a segment, synced to the webhook: the destination holds the person.</summary>
    private async Task SyncToDestinationAsync()
    {
        var segment = new Segment { Name = "Everyone", Kind = SegmentKind.Static, CreatedBy = "test", UpdatedBy = "test", CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
        await using (var db = Host.CreateDbContext())
        {
            db.Segments.Add(segment);
            await db.SaveChangesAsync(Ct);
            var living = await db.Profiles.Where(p => p.MergedIntoId == null).Select(p => p.Id).ToListAsync(Ct);
            db.SegmentMembers.AddRange(living.Select(p => new SegmentMember { SegmentId = segment.Id, ProfileId = p, EnteredAt = DateTime.UtcNow }));
            await db.SaveChangesAsync(Ct);
        }

        DestinationId = await Host.Get<DestinationService>().CreateAsync(new DestinationDraft("Hook", "audience-webhook", true,
            new Dictionary<string, string> { ["url"] = Receiver.Url }, new Dictionary<string, string> { ["signingSecret"] = Secret }, null, 100, null), "test", Ct);
        var connection = await Host.Get<DestinationConnectionService>().ConnectAsync(DestinationId,
            new ConnectionDraft(segment.Id, [new FieldMapping("firstName", "FNAME")], 0, true), "test", Ct);
        var run = await Host.Get<DestinationSyncService>().SyncConnectionAsync(connection, DestinationRunTrigger.Manual, null, Ct);
        Assert.Equal(DestinationRunStatus.Succeeded, run!.Status);
    }

    public async ValueTask DisposeAsync()
    {
        await Receiver.DisposeAsync();
        await Identity.DisposeAsync();
    }
}
