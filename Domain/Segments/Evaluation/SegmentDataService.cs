using Lodestar.Domain.Crm;
using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Segments.Evaluation;

/// <summary>
/// Loads a <see cref="SegmentData"/> snapshot of the workspace for <see cref="SegmentRuleEvaluator"/>: for tests and
/// diagnostics on small workspaces only. It reads every living profile, trait, segment event, contact link and the
/// CRM records rules look at into memory, with no paging; segments themselves are always computed in SQL.
/// </summary>
public sealed class SegmentDataService(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<SegmentData> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return new SegmentData
        {
            Living = await db.Profiles.AsNoTracking().Where(p => p.MergedIntoId == null).Select(p => p.Id).ToListAsync(cancellationToken),
            Traits = await db.ProfileTraits.AsNoTracking().Select(t => new TraitFact(t.ProfileId, t.Key, t.Value)).ToListAsync(cancellationToken),
            Events = await db.SegmentEvents.AsNoTracking().ToListAsync(cancellationToken),
            ContactLinks = await db.ProfileIdentifiers.AsNoTracking().Where(i => i.Type == CrmMessages.ContactIdType)
                .Select(i => new ContactLinkFact(i.ProfileId, i.Value)).ToListAsync(cancellationToken),
            Contacts = await db.Contacts.AsNoTracking().Select(c => new ContactFact(c.Id, c.AccountId, c.OwnerId)).ToListAsync(cancellationToken),
            Accounts = await db.CrmAccounts.AsNoTracking()
                .Select(a => new AccountFact(a.Id, a.Name, a.Domain, a.Industry, a.Country, a.Employees)).ToListAsync(cancellationToken),
            Deals = await db.Deals.AsNoTracking().Select(d => new DealFact(d.ContactId, d.StageId)).ToListAsync(cancellationToken),
            Tickets = await db.CrmTickets.AsNoTracking().Select(t => new TicketFact(t.ContactId, t.Status)).ToListAsync(cancellationToken),
            Members = await db.SegmentMembers.AsNoTracking().Select(m => new MemberFact(m.SegmentId, m.ProfileId)).ToListAsync(cancellationToken),
            Consents = await (from c in db.ConsentChanges.AsNoTracking()
                              join i in db.ProfileIdentifiers on new { T = c.IdentifierType, V = c.IdentifierValue } equals new { T = i.Type, V = i.Value }
                              select new ConsentFact(i.ProfileId, c.Category, c.Granted, c.OccurredAt, c.Id)).ToListAsync(cancellationToken),
        };
    }
}
