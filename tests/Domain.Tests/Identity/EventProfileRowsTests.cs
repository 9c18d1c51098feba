using Lodestar.Domain.Identity;
using Lodestar.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Lodestar.Domain.Tests.Identity;

public sealed class EventProfileRowsTests
{
    [Fact]
    public async Task InsertAsync_ManyProfilesAndOneWithMoreEventsThanAStatementTakes_StoresEveryRow()
    {
        var ct = Xunit.TestContext.Current.CancellationToken;
        await using var host = await DomainTestHost.StartAsync();
        var rows = new List<(long ProfileId, long EventId)> { (1, 5), (1, 9), (2, 1) };
        rows.AddRange(Enumerable.Range(100, 25_000).Select(e => (3L, (long)e)));
        rows.Add((4, 2));

        await using (var db = host.CreateDbContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await EventProfileRows.InsertAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), rows, ct);
            await transaction.CommitAsync(ct);
        }

        await using var check = host.CreateDbContext();
        var stored = await check.EventProfiles.OrderBy(e => e.ProfileId).ThenBy(e => e.EventId).Select(e => new { e.ProfileId, e.EventId }).ToListAsync(ct);
        Assert.Equal(rows, stored.Select(e => (e.ProfileId, e.EventId)));
    }

    [Fact]
    public async Task InsertAsync_TransactionRolledBack_LeavesNothing()
    {
        var ct = Xunit.TestContext.Current.CancellationToken;
        await using var host = await DomainTestHost.StartAsync();

        await using (var db = host.CreateDbContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await EventProfileRows.InsertAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), [(1, 1), (2, 2)], ct);
            await transaction.RollbackAsync(ct);
        }

        await using var check = host.CreateDbContext();
        Assert.Equal(0, await check.EventProfiles.CountAsync(ct));
    }
}
