using Lodestar.Domain.Data;
using Lodestar.Domain.Destinations;
using Lodestar.Domain.Economics.Import;
using Lodestar.Domain.Economics.Results;
using Lodestar.Domain.Identity;
using Lodestar.Domain.Segments;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Privacy.Deletion;

/// <summary>
/// What is kept about the person beyond the identity graph and the CRM: consent decisions, segment memberships and their
/// history, uploaded static-segment identifiers, lifetime-value results, imported transactions, and what destinations
/// were sent (members and ledger entries, whose payloads hold the identifiers sent).
/// </summary>
internal static class AudienceRowErasure
{
    public static async Task<DeletionReceipt> EraseAsync(PortalDbContext db, DeletionPlan plan, DeletionReceipt receipt, CancellationToken cancellationToken)
    {
        var profiles = plan.ProfileIds;
        var keys = plan.Identifiers.ToHashSet();
        var values = plan.Identifiers.Select(i => i.Value).Distinct().ToList();

        var consent = (await db.ConsentChanges.AsNoTracking().Where(c => values.Contains(c.IdentifierValue))
                .Select(c => new { c.Id, c.IdentifierType, c.IdentifierValue }).ToListAsync(cancellationToken))
            .Where(c => keys.Contains(new IdentifierKey(c.IdentifierType, c.IdentifierValue))).Select(c => c.Id).ToList();
        var staticIdentifiers = (await db.SegmentStaticIdentifiers.AsNoTracking().Where(i => values.Contains(i.Value))
                .Select(i => new { i.SegmentId, i.Type, i.Value }).ToListAsync(cancellationToken))
            .Where(i => keys.Contains(new IdentifierKey(i.Type, i.Value))).ToList();
        var staticRemoved = 0;
        foreach (var row in staticIdentifiers)
            staticRemoved += await db.SegmentStaticIdentifiers.Where(i => i.SegmentId == row.SegmentId && i.Type == row.Type && i.Value == row.Value)
                .ExecuteDeleteAsync(cancellationToken);
        // Imported transactions name an email as given in the file: compared without case, as identity does.
        var emails = plan.Identifiers.Where(i => i.Type == IdentifierTypes.Email).Select(i => i.Value).ToList();
        var transactions = (await db.ImportedTransactions.AsNoTracking()
                .Where(t => values.Contains(t.IdentifierValue) || (t.IdentifierType == IdentifierTypes.Email && emails.Contains(t.IdentifierValue.ToLower())))
                .Select(t => new { t.Id, t.IdentifierType, t.IdentifierValue }).ToListAsync(cancellationToken))
            .Where(t => keys.Contains(new IdentifierKey(t.IdentifierType, t.IdentifierType == IdentifierTypes.Email ? t.IdentifierValue.Trim().ToLowerInvariant() : t.IdentifierValue.Trim())))
            .Select(t => t.Id).ToList();

        // Members are keyed by segment (connection) first: one key range per segment rather than a scan of the table.
        var segments = await db.Segments.Select(s => s.Id).ToListAsync(cancellationToken);
        var members = await db.SegmentMembers.Where(m => segments.Contains(m.SegmentId) && profiles.Contains(m.ProfileId)).ExecuteDeleteAsync(cancellationToken);
        var connections = await db.DestinationConnections.Select(c => c.Id).ToListAsync(cancellationToken);
        var held = await db.DestinationMembers.Where(m => connections.Contains(m.ConnectionId) && profiles.Contains(m.ProfileId)).ExecuteDeleteAsync(cancellationToken);

        return receipt
            .Add(DeletionStores.Of<Privacy.ConsentChange>(db), "deleted", await db.ConsentChanges.Where(c => consent.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken))
            .Add(DeletionStores.Of<SegmentMember>(db), "deleted", members)
            .Add(DeletionStores.Of<SegmentMembershipChange>(db), "deleted",
                await db.SegmentMembershipChanges.Where(c => profiles.Contains(c.ProfileId)).ExecuteDeleteAsync(cancellationToken))
            .Add(DeletionStores.Of<SegmentStaticIdentifier>(db), "deleted", staticRemoved)
            .Add(DeletionStores.Of<CustomerEconomics>(db), "deleted", await db.CustomerEconomics.Where(c => profiles.Contains(c.ProfileId)).ExecuteDeleteAsync(cancellationToken))
            .Add(DeletionStores.Of<CustomerMonthRevenue>(db), "deleted",
                await db.CustomerMonthRevenues.Where(c => profiles.Contains(c.ProfileId)).ExecuteDeleteAsync(cancellationToken))
            .Add(DeletionStores.Of<ImportedTransaction>(db), "deleted", await db.ImportedTransactions.Where(t => transactions.Contains(t.Id)).ExecuteDeleteAsync(cancellationToken))
            .Add(DeletionStores.Of<DestinationMember>(db), "deleted", held)
            .Add(DeletionStores.Of<DestinationLedgerEntry>(db), "deleted",
                await db.DestinationLedger.Where(e => profiles.Contains(e.ProfileId)).ExecuteDeleteAsync(cancellationToken));
    }
}
