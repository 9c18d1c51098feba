using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Identity;

/// <summary>
/// The event → profile index segment facts read. A rebuild writes every event → profile row again; keeping this second
/// index up to date row by row costs more than building it once afterwards (R1: ~8 s against ~3 s), so the rebuild
/// drops it first and creates it again in the same transaction, which puts it back if the rebuild fails.
/// </summary>
internal static class EventProfileLookupIndex
{
    public static Task DropAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var name = Name(db);
        var sql = db.Provider == DatabaseProvider.SqlServer
            ? $"DROP INDEX IF EXISTS \"{name}\" ON \"EventProfiles\""
            : $"DROP INDEX IF EXISTS \"{name}\"";
        return db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
    }

    public static Task CreateAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var sql = $"CREATE INDEX \"{Name(db)}\" ON \"EventProfiles\" (\"EventId\", \"ProfileId\")";
        return db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
    }

    /// <summary>Taken from the model, so a renamed index in the configuration cannot leave a stale name here.</summary>
    private static string Name(PortalDbContext db) =>
        db.Model.FindEntityType(typeof(EventProfile))!.GetIndexes()
            .Single(i => i.Properties.Select(p => p.Name).SequenceEqual([nameof(EventProfile.EventId), nameof(EventProfile.ProfileId)]))
            .GetDatabaseName()!;
}
