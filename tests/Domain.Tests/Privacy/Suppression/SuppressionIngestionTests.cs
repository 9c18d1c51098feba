using Lodestar.Domain.Identity;
using Lodestar.Domain.Privacy.Suppression;
using Lodestar.Domain.Tests.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Privacy.Suppression;

public sealed class SuppressionIngestionTests
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task IngestAsync_MessagesCarryingASuppressedIdentifier_AcceptedNotStoredAndCounted()
    {
        await using var world = await IdentityHarness.StartAsync();
        await SuppressAsync(world, new IdentifierKey("email", "ada@example.com"), new IdentifierKey("phone", "+15550102233"));

        await world.SendAsync(
            """{"type":"identify","anonymousId":"a-1","traits":{"email":"Ada@Example.com"}}""",
            """{"type":"track","anonymousId":"a-2","event":"Viewed","context":{"traits":{"phone":"555.010.2233"}}}""",
            """{"type":"track","anonymousId":"a-3","event":"Viewed"}""");

        await using var db = world.Host.CreateDbContext();
        Assert.Equal(["a-3"], await db.Events.Select(e => e.AnonymousId).ToListAsync(Ct));
        var page = await world.Host.Get<SuppressionService>().ListAsync(0, 10, Ct);
        Assert.Equal((2, 2L, 2L), (page.Total, page.DroppedMessages, page.DroppedToday));
        Assert.Equal(2, await db.SuppressedMessageDailyCounts.SumAsync(c => c.Count, Ct));
    }

    [Fact]
    public async Task RemoveAsync_Unsuppressed_MessagesStoredAgainAtOnce()
    {
        await using var world = await IdentityHarness.StartAsync();
        await SuppressAsync(world, new IdentifierKey("user_id", "u-1"));
        var suppressions = world.Host.Get<SuppressionService>();
        await world.SendAsync("""{"type":"track","userId":"u-1","event":"Dropped"}""");

        var entry = Assert.Single((await suppressions.ListAsync(0, 10, Ct)).Items);
        await suppressions.RemoveAsync(entry.Id, Ct);
        await world.SendAsync("""{"type":"track","userId":"u-1","event":"Kept"}""");

        await using var db = world.Host.CreateDbContext();
        Assert.Equal(["Kept"], await db.Events.Select(e => e.Name).ToListAsync(Ct));
        Assert.Equal(("user_id", "u•••"), (entry.IdentifierType, entry.Hint));
        await Assert.ThrowsAsync<NotFoundException>(() => suppressions.RemoveAsync(entry.Id, Ct));
    }

    private static async Task SuppressAsync(IdentityHarness world, params IdentifierKey[] keys)
    {
        await using (var db = world.Host.CreateDbContext())
        {
            await SuppressionService.StageAsync(db, keys, null, "test", DateTime.UtcNow, Ct);
            await db.SaveChangesAsync(Ct);
        }

        await world.Host.Get<SuppressionService>().ReloadAsync(Ct);
    }
}
