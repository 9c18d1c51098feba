using Lodestar.Domain.Crm.Activities;
using Lodestar.Domain.Data;

namespace Lodestar.Benchmarks;

/// <summary>
/// R1's 200,000 activities, deterministic: ten per contact over the year (notes, calls, emails, meetings, tasks), every
/// fifth on one of the deals instead, so a contact's timeline gathers its own and its deals' activities.
/// </summary>
internal static class CrmR1Activities
{
    public const int PerContact = 10;

    public static async Task StoreAsync(PortalDbContext db, int contacts, int deals, int seed)
    {
        var random = new Random(seed);
        var start = new DateTime(2025, 11, 1, 0, 0, 0, DateTimeKind.Utc);
        var kinds = Enum.GetValues<ActivityKind>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var chunk in Enumerable.Range(1, contacts).Chunk(2_000))
        {
            db.CrmActivities.AddRange(chunk.SelectMany(contact => Enumerable.Range(0, PerContact).Select(i =>
            {
                var kind = kinds[random.Next(kinds.Length)];
                var at = start.AddMinutes(random.Next(0, 365 * 24 * 60));
                var onDeal = i % 5 == 4;
                return new Activity
                {
                    Kind = kind, Subject = $"{kind} {i} with contact {contact}", Body = "Talked through the renewal and next steps.",
                    ContactId = onDeal ? null : contact, DealId = onDeal ? random.Next(1, deals + 1) : null, OccurredAt = at,
                    DurationMinutes = kind is ActivityKind.Call or ActivityKind.Meeting ? random.Next(5, 60) : null,
                    DueAt = kind == ActivityKind.Task ? at.AddDays(7) : null, CreatedBy = "bench", CreatedAt = at, UpdatedAt = at,
                };
            })));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }
}
