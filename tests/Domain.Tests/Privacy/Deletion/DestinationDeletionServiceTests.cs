using Lodestar.Domain.Destinations;
using Lodestar.Domain.Destinations.Sending;
using Lodestar.Domain.Identity;
using Lodestar.Domain.Privacy.Deletion;
using Lodestar.Domain.Tests.Destinations;

namespace Lodestar.Domain.Tests.Privacy.Deletion;

public sealed class DestinationDeletionServiceTests
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task PlanAsync_ProfilesSent_EachDestinationWithTheIdentifiersItWasSent()
    {
        await using var world = await DestinationWorld.StartAsync(profiles: 3);
        await world.SyncAsync();
        await world.SetMembersAsync([2, 3]);
        await world.SyncAsync();

        var plan = await world.Host.Get<DestinationDeletionService>().PlanAsync([1, 3], [new IdentifierKey("email", "never-sent@example.com")], Ct);

        var destination = Assert.Single(plan);
        Assert.Equal(world.DestinationId, destination.DestinationId);
        // Profile 1 left the audience (removed there) but was sent: it is asked about too.
        Assert.Equal([1L, 3L], destination.Members.Select(m => m.ProfileId));
        Assert.Equal(["p1@example.com"], destination.Members[0].All("email"));
        Assert.DoesNotContain("never-sent@example.com", plan.SelectMany(p => p.Members).SelectMany(m => m.All("email")));
    }

    [Fact]
    public async Task SendAsync_Webhook_OneSignedDeletionBatch()
    {
        await using var world = await DestinationWorld.StartAsync(profiles: 2);
        var planned = new PlannedDestinationDeletion(world.DestinationId, [new DeletedMember(2, new Dictionary<string, IReadOnlyList<string>> { ["email"] = ["p2@example.com"] })]);

        var line = await world.Host.Get<DestinationDeletionService>().SendAsync(12, planned, Ct);

        Assert.Equal((DestinationDeletionStatus.Done, "Hook", "audience-webhook", 1), (line.Status, line.Name, line.Type, line.Profiles));
        var batch = Assert.Single(world.Receiver.Accepted);
        Assert.Equal(("deletion_batch", 12L, "deletion-12-destination-" + world.DestinationId),
            (batch.Body["type"]!.GetValue<string>(), batch.Body["requestId"]!.GetValue<long>(), batch.IdempotencyKey));
        var deleted = Assert.Single(batch.Body["events"]!.AsArray())!;
        Assert.Equal(("profile_deleted", 2L, "p2@example.com"),
            (deleted["type"]!.GetValue<string>(), deleted["profileId"]!.GetValue<long>(), deleted["identifiers"]!["email"]![0]!.GetValue<string>()));
    }

    [Fact]
    public async Task SendAsync_WebhookDown_FailedWithTheAnswer()
    {
        await using var world = await DestinationWorld.StartAsync(profiles: 1);
        world.Receiver.Down = true;

        var line = await world.Host.Get<DestinationDeletionService>().SendAsync(12, new PlannedDestinationDeletion(world.DestinationId, []), Ct);

        Assert.Equal(DestinationDeletionStatus.Failed, line.Status);
        Assert.Contains("503", line.Response);
    }

    [Fact]
    public async Task SendAsync_TypeWithoutDeleteCallOrDeletedDestination_NotSupportedAndSaysWhatToDo()
    {
        await using var world = await DestinationWorld.StartAsync(profiles: 1);
        var csv = await world.Host.Get<DestinationService>().CreateAsync(new DestinationDraft("Files", "csv-file", true,
            new Dictionary<string, string> { ["folder"] = "exports" }, null, null, 100, null), "test", Ct);
        var service = world.Host.Get<DestinationDeletionService>();

        var files = await service.SendAsync(12, new PlannedDestinationDeletion(csv, []), Ct);
        var gone = await service.SendAsync(12, new PlannedDestinationDeletion(987_654, []), Ct);

        Assert.Equal(DestinationDeletionStatus.NotSupported, files.Status);
        Assert.Contains("by hand", files.Response);
        Assert.Equal(DestinationDeletionStatus.NotSupported, gone.Status);
        Assert.Contains("has been deleted", gone.Response);
    }
}
