using Lodestar.Domain.Crm.Deals;
using Lodestar.Domain.Data;

namespace Lodestar.Benchmarks;

/// <summary>
/// R1's 10,000 deals, deterministic: in the default Sales pipeline, most of them open and early, a tenth won and a tenth
/// lost, amounts from 500 to 250,000 (mostly USD, some EUR and GBP), each with an account and most with a contact.
/// </summary>
internal static class CrmR1Deals
{
    public const int Count = 10_000;

    private static readonly long[] StageIds = [1, 1, 1, 2, 2, 3, 3, 4, 5, 6];
    private static readonly string[] Currencies = ["USD", "USD", "USD", "USD", "USD", "USD", "USD", "EUR", "EUR", "GBP"];
    private static readonly string[] Products = ["renewal", "expansion", "pilot", "platform", "services", "upgrade", "new logo"];

    public static async Task StoreAsync(PortalDbContext db, int contacts, int accounts, int seed)
    {
        var random = new Random(seed);
        var start = new DateTime(2025, 11, 1, 0, 0, 0, DateTimeKind.Utc);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var chunk in Enumerable.Range(1, Count).Chunk(2_000))
        {
            db.Deals.AddRange(chunk.Select(i =>
            {
                var stage = StageIds[random.Next(StageIds.Length)];
                var at = start.AddMinutes(i * 50);
                return new Deal
                {
                    Name = $"Deal {i} {Products[random.Next(Products.Length)]}", PipelineId = 1, StageId = stage,
                    Amount = random.Next(500, 250_000) * 100L, Currency = Currencies[random.Next(Currencies.Length)],
                    CloseDate = DateOnly.FromDateTime(at.AddDays(random.Next(10, 120))), AccountId = random.Next(1, accounts + 1),
                    ContactId = random.Next(4) == 0 ? null : random.Next(1, contacts + 1),
                    CloseReason = stage == 6 ? "Budget" : null, ClosedAt = stage >= 5 ? at.AddDays(30) : null,
                    StageChangedAt = at.AddDays(random.Next(30)), CreatedAt = at, UpdatedAt = at.AddDays(random.Next(30)), Version = 1,
                };
            }));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }
}
