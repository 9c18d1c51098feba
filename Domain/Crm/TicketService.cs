using Lodestar.Domain.Data;
using Lodestar.Domain.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Crm;

/// <summary>
/// Creates, edits and deletes tickets. Each save sets the SLA due time from the priority, records the field changes and
/// stores the ticket's events (opened, solved, reopened) in the same transaction.
/// </summary>
public sealed class TicketService(IDbContextFactory<PortalDbContext> contexts, CrmSource source, TicketSlaCalculator sla, TimeProvider time)
{
    public async Task<TicketView> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var ticket = await db.CrmTickets.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw new NotFoundException($"There is no ticket with id {id}.");
        return (await TicketQueryService.ViewsAsync(db, [ticket], time.GetUtcNow().UtcDateTime, cancellationToken))[0];
    }

    /// <exception cref="DomainValidationException">A field is wrong, or the assignee, contact or account does not exist.</exception>
    public Task<TicketView> CreateAsync(TicketFields input, string by, CancellationToken cancellationToken) =>
        SaveAsync(null, input, by, cancellationToken);

    public Task<TicketView> UpdateAsync(long id, TicketFields input, string by, CancellationToken cancellationToken) =>
        SaveAsync(id, input, by, cancellationToken);

    /// <summary>Deletes the ticket; its activities stay on their other records.</summary>
    public async Task DeleteAsync(long id, string by, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await CrmDeletion.DeleteAsync(db, CrmRecordTypes.Ticket, id, () => db.CrmTickets.FirstOrDefaultAsync(t => t.Id == id, cancellationToken),
            t => t.Subject, by, time.GetUtcNow().UtcDateTime, cancellationToken);
    }

    public async Task<IReadOnlyList<CrmFieldChange>> HistoryAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await CrmHistory.ListExistingAsync(db, CrmRecordTypes.Ticket, id, () => db.CrmTickets.AnyAsync(t => t.Id == id, cancellationToken), cancellationToken);
    }

    private async Task<TicketView> SaveAsync(long? id, TicketFields input, string by, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var fields = TicketValidator.Normalize(input);
        var sourceId = await source.IdAsync(cancellationToken);
        await using var db = contexts.CreateDbContext();
        await CheckReferencesAsync(db, fields, cancellationToken);
        // SQL Server retries transient faults: the whole unit (record, history, events) is replayed together.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            Ticket ticket;
            IReadOnlyList<(string, string?)>? before = null;
            TicketStatus? oldStatus = null;
            if (id is { } existingId)
            {
                ticket = await db.CrmTickets.FirstOrDefaultAsync(t => t.Id == existingId, cancellationToken)
                    ?? throw new NotFoundException($"There is no ticket with id {existingId}.");
                before = TicketFieldValues.Of(ticket, (await TicketQueryService.ViewsAsync(db, [ticket], now, cancellationToken))[0]);
                oldStatus = ticket.Status;
            }
            else
            {
                ticket = new Ticket { Subject = "", Status = TicketStatus.New, Priority = TicketPriority.Normal, CreatedAt = now, CreatedBy = by };
                db.CrmTickets.Add(ticket);
            }

            TicketFieldValues.Apply(ticket, fields);
            ticket.DueAt = sla.DueAt(ticket.CreatedAt, ticket.Priority);
            // Solving then closing keeps the time it was solved; reopening makes it open work (and due) again.
            ticket.SolvedAt = TicketNames.IsDone(ticket.Status) ? ticket.SolvedAt ?? now : null;
            ticket.UpdatedAt = now;
            ticket.Version++;
            await db.SaveChangesAsync(cancellationToken);
            var saved = (await TicketQueryService.ViewsAsync(db, [ticket], now, cancellationToken))[0];
            CrmHistory.AddChanges(db, CrmRecordTypes.Ticket, ticket.Id, before, TicketFieldValues.Of(ticket, saved), by, now);
            await db.SaveChangesAsync(cancellationToken);
            await EventRows.AddAsync(db, TicketEvents.For(ticket, oldStatus, sourceId, now), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return saved;
        });
    }

    private static async Task CheckReferencesAsync(PortalDbContext db, CheckedTicketFields fields, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        await CrmLookups.CheckOwnerAsync(db, fields.AssigneeId, errors, cancellationToken, "assigneeId", "assignee");
        await CrmLookups.CheckContactAsync(db, fields.ContactId, errors, cancellationToken);
        await CrmLookups.CheckAccountAsync(db, fields.AccountId, errors, cancellationToken);
        if (errors.Count > 0)
            throw new DomainValidationException(errors);
    }
}
