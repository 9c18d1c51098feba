using Lodestar.Domain.Crm;
using Lodestar.Domain.Data;
using Lodestar.Domain.Identity.Matching;

namespace Lodestar.Benchmarks;

/// <summary>
/// The CRM at R1, deterministic: 5,000 accounts and 20,000 contacts (the duplicate generator's people, so names,
/// addresses and typos look entered by people), each contact with ten history rows.
/// </summary>
internal static class CrmR1Data
{
    public const int Accounts = 5_000;
    public const int HistoryPerContact = 10;

    public static async Task<IReadOnlyList<PersonRecord>> StoreAsync(PortalDbContext db, int contacts, int seed)
    {
        var people = new DuplicateContactsGenerator(contacts, 0.1, seed).Contacts;
        var random = new Random(seed);
        var start = new DateTime(2025, 11, 1, 0, 0, 0, DateTimeKind.Utc);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var accounts = Enumerable.Range(1, Accounts).Select(i => new Account
        {
            Name = $"{Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]} {Suffixes[random.Next(Suffixes.Length)]} {i}",
            Domain = $"company{i}.example", CreatedAt = start, UpdatedAt = start,
        }).ToList();
        db.CrmAccounts.AddRange(accounts);
        await db.SaveChangesAsync();
        var rows = people.Select((p, i) => new Contact
        {
            FirstName = p.GivenName ?? "Unknown", LastName = p.Surname ?? "Unknown", Email = p.Email, Phone = p.Phone,
            Street = p.Address1, StreetNumber = p.StreetNumber, City = p.Suburb, Postcode = p.Postcode, State = p.State,
            ExternalId = $"HS-{i + 1}", AccountId = accounts[random.Next(accounts.Count)].Id,
            CreatedAt = start.AddMinutes(i * 20), UpdatedAt = start.AddMinutes(i * 20 + random.Next(10_000)), Version = 1,
        }).ToList();
        db.Contacts.AddRange(rows);
        await db.SaveChangesAsync();
        foreach (var chunk in rows.Chunk(2_000))
        {
            db.CrmFieldChanges.AddRange(chunk.SelectMany(c => Enumerable.Range(0, HistoryPerContact).Select(h => new CrmFieldChange
            {
                RecordType = CrmRecordTypes.Contact, RecordId = c.Id, Field = h == 0 ? "email" : "phone", OldValue = $"old-{h}", NewValue = $"new-{h}",
                ChangedBy = "bench", ChangedAt = c.CreatedAt.AddDays(h),
            })));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        return people;
    }

    private static readonly string[] Words = ["Blue", "North", "Summit", "River", "Atlas", "Cedar", "Harbor", "Nova", "Quartz", "Pioneer", "Granite", "Willow"];
    private static readonly string[] Suffixes = ["Ltd", "Inc", "GmbH", "Group", "Partners", "Labs"];
}
