using Lodestar.Domain.Crm.Activities;
using Lodestar.Domain.Crm.Deals;
using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Demo;

/// <summary>
/// The demo's activities (see <see cref="DemoActivityGenerator"/>) on its contacts, deals and tickets. Each is checked as
/// the composer's are, then all are stored in one transaction — without a field history each, which a bulk of
/// made-up past work does not need — so the demo stays quick to seed and a second run finds them and adds nothing.
/// </summary>
public sealed class DemoActivitySeeder(IDbContextFactory<PortalDbContext> contexts, TimeProvider time)
{
    private const string By = "demo";

    public async Task SeedAsync(IReadOnlyList<long> contacts, int seed, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        if (await db.CrmActivities.AnyAsync(a => a.CreatedBy == By, cancellationToken))
            return;
        var now = time.GetUtcNow().UtcDateTime;
        var deals = await db.Deals.AsNoTracking().Where(d => contacts.Contains(d.ContactId!.Value)).OrderBy(d => d.Id)
            .Join(db.PipelineStages, d => d.StageId, s => s.Id, (d, s) => new { d.Id, d.ContactId, d.Name, s.Outcome }).ToListAsync(cancellationToken);
        var tickets = await db.CrmTickets.AsNoTracking().Where(t => contacts.Contains(t.ContactId!.Value)).OrderBy(t => t.Id)
            .Select(t => new { t.Id, t.ContactId, t.Subject, t.Status }).ToListAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Email).Select(u => u.Id).ToListAsync(cancellationToken);
        var planned = DemoActivityGenerator.Generate(contacts,
            deals.Select(d => (d.Id, d.ContactId, d.Name, d.Outcome == StageOutcome.Open)).ToList(),
            tickets.Select(t => (t.Id, t.ContactId, t.Subject, !Crm.TicketNames.IsDone(t.Status))).ToList(), users, seed, now);
        foreach (var (fields, completedAt) in planned)
        {
            var activity = new Activity { Subject = "", CreatedBy = By };
            ActivityFieldValues.Apply(activity, ActivityValidator.Normalize(fields, now));
            (activity.CompletedAt, activity.CreatedAt, activity.UpdatedAt) = (completedAt, activity.OccurredAt, completedAt ?? activity.OccurredAt);
            db.CrmActivities.Add(activity);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
