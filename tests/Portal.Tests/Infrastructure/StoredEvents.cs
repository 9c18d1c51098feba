using System.Text.Json.Nodes;
using Lodestar.Domain.Data;
using Lodestar.Domain.Events;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Portal.Tests.Infrastructure;

/// <summary>Reads what the portal stored, straight from its database.</summary>
internal static class StoredEvents
{
    public static async Task<List<TrackedEvent>> ForUserAsync(PortalFactory portal, string userId)
    {
        await using var db = portal.Get<IDbContextFactory<PortalDbContext>>().CreateDbContext();
        return await db.Events.AsNoTracking().Where(e => e.UserId == userId || e.AnonymousId == userId)
            .OrderBy(e => e.Id).ToListAsync(Xunit.TestContext.Current.CancellationToken);
    }

    public static async Task<int> CountAsync(PortalFactory portal, string messageId)
    {
        await using var db = portal.Get<IDbContextFactory<PortalDbContext>>().CreateDbContext();
        return await db.Events.CountAsync(e => e.MessageId == messageId, Xunit.TestContext.Current.CancellationToken);
    }

    public static JsonObject Raw(TrackedEvent e) => JsonNode.Parse(e.Raw)!.AsObject();
}
