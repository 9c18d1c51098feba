using Lodestar.Domain.Privacy.Deletion;
using Lodestar.Domain.Tests.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Privacy.Deletion;

/// <summary>Someone else's event that carries the person's identifier (identity left it off as a conflict) keeps its owner but loses the identifier.</summary>
public sealed class DeletionMentionTests
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task ProcessAsync_ConflictOnAnotherPersonsEvent_EventKeptWithoutThePersonsValue()
    {
        await using var world = await IdentityHarness.StartAsync();
        await world.SendAsync(
            """{"type":"identify","userId":"u-a","traits":{"email":"ada@example.com"}}""",
            """{"type":"identify","userId":"u-b","traits":{"email":"bea@example.com"}}""",
            """{"type":"track","userId":"u-b","event":"Shared","properties":{"email":"ada@example.com","plan":"pro"}}""");
        await world.ResolveAsync();
        await using (var before = world.Host.CreateDbContext())
            Assert.Equal("ada@example.com", await before.IdentityConflicts.Select(c => c.IdentifierValue).SingleAsync(Ct));

        var (request, _) = await world.Host.Get<DeletionRequestService>().FileAsync("email", "ada@example.com", null, "admin@test", Ct);
        var done = await world.Host.Get<DeletionService>().ProcessAsync(request.Id, null, null, Ct);

        await using var db = world.Host.CreateDbContext();
        var shared = await db.Events.SingleAsync(e => e.Name == "Shared", Ct);
        Assert.Equal(("u-b", null), (shared.UserId, shared.Email));
        Assert.DoesNotContain("ada@example.com", shared.Raw);
        Assert.Contains("\"plan\":\"pro\"", shared.Raw);
        Assert.Equal(1, done.Receipt.Stores.Single(s => s.Store == "Events" && s.Action == "scrubbed").Rows);
        Assert.False(await db.IdentityConflicts.AnyAsync(Ct));
        Assert.Equal(2, await db.Events.CountAsync(e => e.UserId == "u-b", Ct));
        Assert.Equal(0, await db.Events.CountAsync(e => e.UserId == "u-a", Ct));
    }
}
