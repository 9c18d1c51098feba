using System.Linq.Expressions;
using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Crm.Activities;

/// <summary>
/// What happens to activities when a record they link to is deleted (the database leaves it to us, see
/// ActivityConfiguration): they stay on the other records they are linked to, and those that were only on the deleted
/// record are deleted with it, since nobody could find them any more.
/// </summary>
internal static class ActivityLinks
{
    /// <summary>Call inside the transaction that deletes the record, before it is deleted.</summary>
    /// <param name="recordType">The deleted record's <see cref="CrmRecordTypes"/> (contact, account, deal or ticket).</param>
    public static async Task ReleaseAsync(PortalDbContext db, string recordType, long recordId, CancellationToken cancellationToken)
    {
        Expression<Func<Activity, long?>> link = recordType switch
        {
            CrmRecordTypes.Contact => a => a.ContactId,
            CrmRecordTypes.Account => a => a.AccountId,
            CrmRecordTypes.Deal => a => a.DealId,
            CrmRecordTypes.Ticket => a => a.TicketId,
            _ => throw new ArgumentOutOfRangeException(nameof(recordType), recordType, "Activities link to contacts, accounts, deals and tickets."),
        };
        var linked = Expression.Lambda<Func<Activity, bool>>(
            Expression.Equal(link.Body, Expression.Constant(recordId, typeof(long?))), link.Parameters);
        await db.CrmActivities.Where(linked)
            .Where(a => (a.ContactId == null ? 0 : 1) + (a.AccountId == null ? 0 : 1) + (a.DealId == null ? 0 : 1) + (a.TicketId == null ? 0 : 1) == 1)
            .ExecuteDeleteAsync(cancellationToken);
        await db.CrmActivities.Where(linked).ExecuteUpdateAsync(s => s.SetProperty(link, (long?)null), cancellationToken);
    }
}
