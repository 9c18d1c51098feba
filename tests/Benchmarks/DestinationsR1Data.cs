using Lodestar.Domain.Data;
using Lodestar.Domain.Data.Bulk;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Lodestar.Benchmarks;

/// <summary>
/// Deterministic R1 audiences on a fresh database: 100,000 profiles with an email, a user id and two traits; segment 1
/// holds everyone, segments 2…21 hold the profiles whose id is divisible by 2…21 (50,000 down to 4,761 members).
/// </summary>
internal static class DestinationsR1Data
{
    public const int Profiles = 100_000;
    public const int SmallSegments = 20;

    public static async Task GenerateAsync(IDbContextFactory<PortalDbContext> contexts)
    {
        var now = new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);
        await using var db = await contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var connection = db.Database.GetDbConnection();
        var tx = transaction.GetDbTransaction();
        var ids = Enumerable.Range(1, Profiles).Select(i => (long)i).ToList();
        await using (var rows = new BulkInserter(connection, tx, "Profiles", "Id", "FirstSeenAt", "LastSeenAt", "EventCount", "IdentifierCount"))
            await rows.InsertAsync(ids, id => [id, now, now, 0, 2], CancellationToken.None);
        await using (var rows = new BulkInserter(connection, tx, "ProfileIdentifiers", "Type", "Value", "ProfileId", "FirstEventId", "FirstSeenAt"))
        {
            await rows.InsertAsync(ids, id => ["email", $"person{id}@example.com", id, 0L, now], CancellationToken.None);
            await rows.InsertAsync(ids, id => ["user_id", $"u-{id}", id, 0L, now], CancellationToken.None);
        }

        await using (var rows = new BulkInserter(connection, tx, "ProfileTraits", "ProfileId", "Key", "Value", "UpdatedAt", "EventId", "MessageId"))
        {
            await rows.InsertAsync(ids, id => [id, "firstName", $"\"Person {id}\"", now, 0L, "bench"], CancellationToken.None);
            await rows.InsertAsync(ids, id => [id, "plan", id % 3 == 0 ? "\"pro\"" : "\"free\"", now, 0L, "bench"], CancellationToken.None);
        }

        var segments = Enumerable.Range(1, SmallSegments + 1).Select(i => (long)i).ToList();
        await using (var rows = new BulkInserter(connection, tx, "Segments", "Id", "Name", "Kind", "RefreshMinutes", "Status", "Version", "CreatedAt", "CreatedBy", "UpdatedAt", "UpdatedBy"))
            await rows.InsertAsync(segments, id => [id, id == 1 ? "Everyone" : $"Every {id}th", "Static", 0, "Live", 1, now, "bench", now, "bench"], CancellationToken.None);
        await using (var rows = new BulkInserter(connection, tx, "SegmentMembers", "SegmentId", "ProfileId", "EnteredAt"))
        {
            await rows.InsertAsync(ids, id => [1L, id, now], CancellationToken.None);
            for (var k = 2; k <= SmallSegments + 1; k++)
                await rows.InsertAsync(ids.Where(id => id % k == 0).ToList(), id => [(long)k, id, now], CancellationToken.None);
        }

        await transaction.CommitAsync();
    }

    /// <summary>
    /// A refresh of segments 2…21: each loses the members whose id ends in 7 and gains the non-members whose id ends in 3
    /// (about 10 % churn), as a refresh would leave SegmentMembers.
    /// </summary>
    public static async Task ChurnAsync(IDbContextFactory<PortalDbContext> contexts)
    {
        var now = new DateTime(2026, 6, 2, 0, 0, 0, DateTimeKind.Utc);
        await using var db = await contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.SegmentMembers.Where(m => m.SegmentId > 1 && m.ProfileId % 10 == 7).ExecuteDeleteAsync();
        await using (var rows = new BulkInserter(db.Database.GetDbConnection(), transaction.GetDbTransaction(), "SegmentMembers", "SegmentId", "ProfileId", "EnteredAt"))
        {
            for (var k = 2; k <= SmallSegments + 1; k++)
                await rows.InsertAsync(Enumerable.Range(1, Profiles).Where(id => id % 10 == 3 && id % k != 0).Select(id => (long)id).ToList(),
                    id => [(long)k, id, now], CancellationToken.None);
        }

        await transaction.CommitAsync();
    }
}
