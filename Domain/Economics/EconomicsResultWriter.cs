using Lodestar.Domain.Data;
using Lodestar.Domain.Data.Bulk;
using Lodestar.Domain.Economics.Cohorts;
using Lodestar.Domain.Economics.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Lodestar.Domain.Economics;

/// <summary>
/// Replaces the stored economics with a run's results in one transaction, so readers see the previous run or this
/// one, never half of each, and a repeated or crashed run leaves the same tables. The predicted figures also become
/// profile traits (<see cref="PredictedTraits"/>).
/// </summary>
public sealed class EconomicsResultWriter(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task WriteAsync(EconomicsSnapshot snapshot, IReadOnlyList<CustomerEconomics> customers, IReadOnlyList<CustomerRevenue> revenue,
        IReadOnlyList<CohortCell> cells, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.CustomerEconomics.ExecuteDeleteAsync(cancellationToken);
        await db.CustomerMonthRevenues.ExecuteDeleteAsync(cancellationToken);
        await db.EconomicsCohortCells.ExecuteDeleteAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        var dbTransaction = transaction.GetDbTransaction();
        await using (var rows = new BulkInserter(connection, dbTransaction, "CustomerEconomics", "ProfileId", "FirstPurchaseAt", "LastPurchaseAt",
                         "CohortMonth", "Channel", "Orders", "Revenue", "PredictedClv", "ProbabilityAlive", "ExpectedPurchases52Weeks"))
        {
            await rows.InsertAsync(customers, c =>
                [c.ProfileId, c.FirstPurchaseAt, c.LastPurchaseAt, c.CohortMonth, c.Channel, c.Orders, c.Revenue, c.PredictedClv, c.ProbabilityAlive, c.ExpectedPurchases52Weeks],
                cancellationToken);
        }

        var months = revenue.SelectMany(c => c.Months.Select(m => (c.ProfileId, m))).ToList();
        await using (var rows = new BulkInserter(connection, dbTransaction, "CustomerMonthRevenues", "Month", "ProfileId", "Revenue", "Orders"))
            await rows.InsertAsync(months, r => [r.m.Month, r.ProfileId, r.m.Revenue, r.m.Orders], cancellationToken);
        await using (var rows = new BulkInserter(connection, dbTransaction, "EconomicsCohortCells", "CohortMonth", "Channel", "MonthIndex", "Customers", "ActiveCustomers", "Revenue"))
            await rows.InsertAsync(cells, c => [c.CohortMonth, c.Channel, c.MonthIndex, c.Customers, c.ActiveCustomers, c.Revenue], cancellationToken);

        await db.ProfileTraits.Where(t => PredictedTraits.Keys.Contains(t.Key)).ExecuteDeleteAsync(cancellationToken);
        var traits = PredictedTraits.Of(customers, snapshot.Currency).ToList();
        await using (var rows = new BulkInserter(connection, dbTransaction, "ProfileTraits", "ProfileId", "Key", "Value", "UpdatedAt", "EventId", "MessageId"))
            await rows.InsertAsync(traits, t => [t.ProfileId, t.Key, t.Value, snapshot.ComputedAt, 0L, PredictedTraits.MessageId], cancellationToken);

        snapshot.Id = EconomicsSnapshot.CurrentId;
        await db.EconomicsSnapshots.Where(s => s.Id == EconomicsSnapshot.CurrentId).ExecuteDeleteAsync(cancellationToken);
        db.EconomicsSnapshots.Add(snapshot);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
