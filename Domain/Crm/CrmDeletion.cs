using Lodestar.Domain.Crm.Activities;
using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Crm;

/// <summary>
/// Deleting a contact, account, deal or ticket: what the database does not do itself (see ActivityConfiguration) happens
/// in the same transaction: its activities let go of it, and its history records the delete.
/// </summary>
internal static class CrmDeletion
{
    /// <param name="find">Loads the record to delete (tracked); null when there is none.</param>
    /// <param name="release">Lets go of the record's other dependants the database does not let go itself, if any.</param>
    /// <exception cref="NotFoundException">There is no such record.</exception>
    public static Task DeleteAsync<T>(PortalDbContext db, string recordType, long id, Func<Task<T?>> find, Func<T, string> name, string by, DateTime at,
        CancellationToken cancellationToken, Func<Task>? release = null) where T : class =>
        // SQL Server retries transient faults: the whole unit is replayed together.
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var record = await find() ?? throw new NotFoundException($"There is no {recordType} with id {id}.");
            if (release is not null)
                await release();
            await ActivityLinks.ReleaseAsync(db, recordType, id, cancellationToken);
            db.Remove(record);
            CrmHistory.AddDeleted(db, recordType, id, name(record), by, at);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
}
