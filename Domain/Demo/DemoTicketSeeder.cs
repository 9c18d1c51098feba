using Lodestar.Domain.Crm;
using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Demo;

/// <summary>
/// The demo's support queue: some contacts opened tickets, in every status and priority, worked through the ticket
/// service (so solving one stores its event). Each ticket draws from its own generator and is skipped when it exists.
/// </summary>
public sealed class DemoTicketSeeder(IDbContextFactory<PortalDbContext> contexts, TicketService tickets)
{
    private const string By = "demo";

    private static readonly string[] Subjects =
    [
        "Cannot reset my password", "Order arrived damaged", "Invoice shows the wrong address", "How do I add a second user?",
        "Refund not received", "App crashes on checkout", "Change of delivery date", "Discount code rejected",
    ];

    private static readonly TicketStatus[] Path = [TicketStatus.Open, TicketStatus.Pending, TicketStatus.Solved, TicketStatus.Closed];

    public async Task SeedAsync(IReadOnlyList<(long Id, long? AccountId)> contacts, int seed, CancellationToken cancellationToken)
    {
        var n = 0;
        foreach (var (contactId, accountId) in contacts.Where((_, i) => i % 3 == 1))
        {
            var random = new Random(seed + 104_729 * ++n);
            var subject = $"{Subjects[random.Next(Subjects.Length)]} (#{n})";
            await using (var db = contexts.CreateDbContext())
            {
                if (await db.CrmTickets.AnyAsync(t => t.Subject == subject, cancellationToken))
                    continue;
            }

            var priority = Enum.GetValues<TicketPriority>()[random.Next(4)];
            var ticket = await tickets.CreateAsync(new TicketFields
            {
                Subject = subject, Description = "Written in by the customer through the help centre.", Priority = priority.ToString().ToLowerInvariant(),
                ContactId = contactId, AccountId = accountId,
            }, By, cancellationToken);
            // Most tickets are worked on; the steps are saved one by one, as support would.
            foreach (var status in Path.Take(random.Next(Path.Length + 1)))
                await tickets.UpdateAsync(ticket.Ticket.Id, new TicketFields
                {
                    Subject = subject, Description = ticket.Ticket.Description, Status = status.ToString().ToLowerInvariant(),
                    Priority = priority.ToString().ToLowerInvariant(), ContactId = contactId, AccountId = accountId,
                }, By, cancellationToken);
        }
    }
}
