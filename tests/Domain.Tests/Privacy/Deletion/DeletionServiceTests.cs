using Lodestar.Domain.Audit;
using Lodestar.Domain.Crm;
using Lodestar.Domain.Operations;
using Lodestar.Domain.Privacy.Deletion;
using Lodestar.Domain.Privacy.Suppression;
using Lodestar.Testing.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Privacy.Deletion;

public sealed class DeletionServiceTests
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task ProcessAsync_ByPhone_EveryTraceGoneEverywhereAndTheBystanderKept()
    {
        await using var world = await DeletionHarness.StartAsync();
        Assert.NotEmpty(await world.ScanAsync());
        long profile;
        await using (var db = world.Host.CreateDbContext())
            profile = await db.ProfileIdentifiers.Where(i => i.Type == "email" && i.Value == world.Email).Select(i => i.ProfileId).SingleAsync(Ct);

        var done = await world.EraseAsync("phone", "(555) 013-4477");

        Assert.Equal(DeletionStatus.Completed, done.Status);
        Assert.Empty(await world.ScanAsync());
        Assert.Empty(await DatabaseScan.FindIdsAsync(world.Host.Folder.File("portal.db"), "ProfileId", [profile], Ct));
        Assert.Empty(await DatabaseScan.FindIdsAsync(world.Host.Folder.File("portal.db"), "ContactId", [world.ContactId], Ct));
        await using var check = world.Host.CreateDbContext();
        Assert.False(await check.Contacts.AnyAsync(c => c.Id == world.ContactId, Ct));
        Assert.False(await check.ProfileIdentifiers.AnyAsync(i => i.Type == CrmMessages.ContactIdType && i.Value == world.ContactId.ToString(), Ct));
        Assert.Equal(2, await world.EventsOfAsync("bystander"));
        Assert.True(await check.ProfileIdentifiers.AnyAsync(i => i.Value == "bystander@example.com", Ct));
        Assert.Equal(1, await check.DestinationMembers.CountAsync(Ct));
    }

    [Fact]
    public async Task ProcessAsync_ByPhone_ReceiptCountsEveryStoreAndTheDestinationDone()
    {
        await using var world = await DeletionHarness.StartAsync();

        var done = await world.EraseAsync("phone", "+1 555 013 4477");

        var r = done.Receipt;
        Assert.Equal((1, 1), (r.Profiles, r.Contacts));
        // The page, the identify, the order, the contact's identify and the ticket's "Ticket Opened".
        Assert.Equal(5, r.Events);
        Assert.Equal(5, Rows(r, "Events", "deleted"));
        Assert.Equal((1L, 1L, 1L), (Rows(r, "Contacts", "deleted"), Rows(r, "CrmActivities", "deleted"), Rows(r, "CrmTickets", "deleted")));
        Assert.Equal(2, Rows(r, "ConsentChanges", "deleted"));
        Assert.Equal((1L, 1L, 1L), (Rows(r, "SegmentMembers", "deleted"), Rows(r, "DestinationMembers", "deleted"), Rows(r, "DestinationLedger", "deleted")));
        Assert.Equal(5, Rows(r, "ProfileIdentifiers", "deleted"));
        Assert.Equal(5, Rows(r, "EventDailyCounts", "decremented"));
        var destination = Assert.Single(r.Destinations);
        Assert.Equal(("Hook", "audience-webhook", DestinationDeletionStatus.Done, 1), (destination.Name, destination.Type, destination.Status, destination.Profiles));
        Assert.Equal(["anonymous_id", "crm_contact_id", "email", "phone", "user_id"], r.Suppressed.Select(s => s.Type).Distinct().Order());
        Assert.All(r.Suppressed, s => Assert.True(s.Added));
        Assert.NotNull(r.StartedAt);
        Assert.NotNull(r.ErasedAt);
        Assert.NotNull(r.CompletedAt);
        var batch = Assert.Single(world.Receiver.Accepted, b => b.Body["type"]!.GetValue<string>() == "deletion_batch");
        var deleted = Assert.Single(batch.Body["events"]!.AsArray());
        Assert.Equal("profile_deleted", deleted!["type"]!.GetValue<string>());
        Assert.Equal(world.Email, deleted["identifiers"]!["email"]![0]!.GetValue<string>());
        Assert.Equal($"deletion-{done.Id}-destination-{world.DestinationId}", batch.IdempotencyKey);
        Assert.Equal(0, world.Receiver.BadSignatures);
    }

    [Fact]
    public async Task ProcessAsync_Completed_RequestKeepsNoValueAndTheAuditSaysSo()
    {
        await using var world = await DeletionHarness.StartAsync();

        var done = await world.EraseAsync("email", world.Email.ToUpperInvariant());

        await using var db = world.Host.CreateDbContext();
        var stored = await db.DeletionRequests.AsNoTracking().SingleAsync(r => r.Id == done.Id, Ct);
        Assert.Equal((null, null, "email"), (stored.IdentifierValue, stored.Plan, stored.IdentifierType));
        Assert.DoesNotContain(world.Token, stored.Hint + stored.Receipt);
        var entry = await db.AuditEntries.SingleAsync(e => e.Action == AuditActions.DeletionCompleted, Ct);
        Assert.Equal((AuditActor.System, done.Id.ToString()), (entry.ActorType, entry.TargetId));
        Assert.Contains("1 done", entry.Detail);
    }

    [Fact]
    public async Task ProcessAsync_Twice_TheSecondRunChangesNothing()
    {
        await using var world = await DeletionHarness.StartAsync();
        var first = await world.EraseAsync("user_id", world.UserId);
        var requests = world.Receiver.Requests;

        var second = await world.Host.Get<DeletionService>().ProcessAsync(first.Id, null, null, Ct);

        Assert.Equal(first.Receipt.ToJson(), second.Receipt.ToJson());
        Assert.Equal(first.CompletedAt, second.CompletedAt);
        Assert.Equal(requests, world.Receiver.Requests);
    }

    [Fact]
    public async Task ProcessAsync_StoppedAfterSuppressing_TheNextRunFinishesFromThePlan()
    {
        await using var world = await DeletionHarness.StartAsync();
        var (request, _) = await world.Host.Get<DeletionRequestService>().FileAsync("anonymousId", world.AnonymousId, null, "admin@test", Ct);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            world.Host.Get<DeletionService>().ProcessAsync(request.Id, null, new StopAt("Erasing", stop), stop.Token));
        var stopped = await world.Host.Get<DeletionRequestService>().GetAsync(request.Id, Ct);
        var suppressed = await world.Host.Get<SuppressionService>().ListAsync(0, 50, Ct);
        var done = await world.Host.Get<DeletionService>().ProcessAsync(request.Id, null, null, Ct);

        Assert.Equal(DeletionStatus.Running, stopped.Status);
        Assert.Equal(0, stopped.Receipt.RowsRemoved);
        Assert.Equal(5, suppressed.Total);
        Assert.Equal(DeletionStatus.Completed, done.Status);
        Assert.Equal(5, done.Receipt.Events);
        Assert.Equal(5, done.Receipt.Stores.Single(s => s.Store == "Events").Rows);
        Assert.Empty(await world.ScanAsync());
    }

    [Fact]
    public async Task ProcessAsync_Anonymise_EventsKeptWithNothingOfThePerson()
    {
        await using var world = await DeletionHarness.StartAsync();
        int before;
        await using (var db = world.Host.CreateDbContext())
            before = await db.Events.CountAsync(Ct);

        var done = await world.EraseAsync("email", world.Email, "anonymise");

        await using var check = world.Host.CreateDbContext();
        Assert.Equal(before, await check.Events.CountAsync(Ct));
        Assert.Equal(5, done.Receipt.Stores.Single(s => s.Store == "Events").Rows);
        Assert.Equal("anonymised", done.Receipt.Stores.Single(s => s.Store == "Events").Action);
        Assert.Empty(await world.ScanAsync());
        var kept = await check.Events.Where(e => e.AnonymousId!.StartsWith("erased-")).ToListAsync(Ct);
        Assert.Equal(5, kept.Count);
        Assert.Single(kept.Select(e => e.AnonymousId).Distinct());
        Assert.All(kept, e => Assert.Equal((null, null, null), (e.UserId, e.Email, e.Phone)));
        Assert.Contains(kept, e => e.Raw.Contains("\"revenue\":42"));
        Assert.False(await check.EventProfiles.AnyAsync(p => kept.Select(k => k.Id).Contains(p.EventId), Ct));
    }

    [Fact]
    public async Task ProcessAsync_NobodyHasTheIdentifier_CompletedWithNothingRemovedAndTheIdentifierSuppressed()
    {
        await using var world = await DeletionHarness.StartAsync();

        var done = await world.EraseAsync("email", "nobody.here@example.org");

        Assert.Equal(DeletionStatus.Completed, done.Status);
        Assert.Equal((0L, 0, 0), (done.Receipt.RowsRemoved, done.Receipt.Profiles, done.Receipt.Events));
        Assert.Equal("email", Assert.Single(done.Receipt.Suppressed).Type);
        Assert.Empty(done.Receipt.Destinations);
        Assert.NotEmpty(await world.ScanAsync());
    }

    private static long Rows(DeletionReceipt receipt, string store, string action) =>
        receipt.Stores.Where(s => s.Store == store && s.Action == action).Sum(s => s.Rows);

    /// <summary>Cancels the run when it reports a step starting with the text (as a crash there would stop it).</summary>
    private sealed class StopAt(string step, CancellationTokenSource stop) : IJobProgress
    {
        public Task ReportAsync(double fraction, string message, CancellationToken cancellationToken)
        {
            if (message.StartsWith(step, StringComparison.Ordinal))
                stop.Cancel();
            return Task.CompletedTask;
        }
    }
}
