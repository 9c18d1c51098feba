using System.Globalization;
using System.Text.Json;
using Lodestar.Domain.Crm;
using Lodestar.Domain.Crm.Deals;
using Lodestar.Domain.Data;
using Lodestar.Domain.Events;
using Lodestar.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Demo;

/// <summary>
/// The demo's CRM: people who gave their email become contacts (work addresses grouped into their companies' accounts),
/// with deals at every stage of the Sales pipeline, support tickets in every status and the team's activities on them. Entered through the CRM's own services, as a sales team would, so
/// contacts link to their profiles and deals emit their stage events. Safe to run again: what exists is kept.
/// </summary>
public sealed class DemoCrmSeeder(
    IDbContextFactory<PortalDbContext> contexts,
    ContactService contacts,
    AccountService accounts,
    DealService deals,
    DemoTicketSeeder tickets,
    DemoActivitySeeder activities,
    AppSettingsStore settings,
    TimeProvider time)
{
    public const int Contacts = 300;
    public const string DoneKey = "demo.crmSeededAt";
    private const string By = "demo";
    private const string WorkDomain = "-works.example";

    private static readonly string[] Products = ["Starter plan", "Team plan", "Enterprise plan", "Onboarding package", "Annual renewal", "Add-on seats"];
    private static readonly string[] LossReasons = ["Chose a competitor on price", "No budget this year", "Went quiet after the demo", "Built it in-house"];

    public async Task SeedAsync(int seed, CancellationToken cancellationToken)
    {
        if (await settings.GetAsync(DoneKey, cancellationToken) is not null)
            return;
        var people = await PeopleAsync(cancellationToken);
        var accountIds = new Dictionary<string, long>(StringComparer.Ordinal);
        var contactIds = new List<(long Id, long? AccountId)>();
        foreach (var person in people)
        {
            long? accountId = null;
            var domain = person.Email[(person.Email.IndexOf('@') + 1)..];
            if (domain.EndsWith(WorkDomain, StringComparison.Ordinal))
                accountId = await AccountAsync(domain, accountIds, new Random(seed + accountIds.Count), cancellationToken);
            contactIds.Add((await ContactAsync(person, accountId, cancellationToken), accountId));
        }

        var stages = await StagesAsync(cancellationToken);
        var n = 0;
        foreach (var (contactId, accountId) in contactIds.Where((_, i) => i % 2 == 0))
            await DealAsync(++n, contactId, accountId, stages, new Random(seed + 7_919 * n), cancellationToken);
        await tickets.SeedAsync(contactIds, seed, cancellationToken);
        await activities.SeedAsync(contactIds.Select(c => c.Id).ToList(), seed, cancellationToken);
        await settings.SetAsync(DoneKey, time.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture), cancellationToken);
    }

    /// <summary>The first people (in arrival order) whose identify messages carried an email and a name.</summary>
    private async Task<List<DemoCrmPerson>> PeopleAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var rows = await db.Events.AsNoTracking().Where(e => e.Type == MessageType.Identify && e.Email != null)
            .OrderBy(e => e.Id).Select(e => new { e.Email, e.Phone, e.Raw }).Take(Contacts * 10).ToListAsync(cancellationToken);
        var people = new List<DemoCrmPerson>();
        foreach (var row in rows.DistinctBy(r => r.Email!.ToLowerInvariant()))
        {
            using var raw = JsonDocument.Parse(row.Raw);
            if (!raw.RootElement.TryGetProperty("traits", out var traits) || traits.ValueKind != JsonValueKind.Object
                || Text(traits, "firstName") is not { } first || Text(traits, "lastName") is not { } last)
                continue;
            people.Add(new DemoCrmPerson(first, last, row.Email!, row.Phone));
            if (people.Count == Contacts)
                break;
        }

        return people;
    }

    private async Task<long> AccountAsync(string domain, Dictionary<string, long> known, Random random, CancellationToken cancellationToken)
    {
        if (known.TryGetValue(domain, out var id))
            return id;
        var name = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(domain[..^WorkDomain.Length]) + " Works";
        await using (var db = contexts.CreateDbContext())
        {
            if (await db.CrmAccounts.Where(a => a.Domain == domain).Select(a => (long?)a.Id).FirstOrDefaultAsync(cancellationToken) is { } existing)
                return known[domain] = existing;
        }

        var industries = new[] { "Manufacturing", "Retail", "Software", "Logistics", "Healthcare" };
        var created = await accounts.CreateAsync(new AccountFields
        {
            Name = name, Domain = domain, Industry = industries[random.Next(industries.Length)], Country = "United Kingdom", Employees = random.Next(5, 2_000),
        }, By, cancellationToken);
        return known[domain] = created.Account.Id;
    }

    private async Task<long> ContactAsync(DemoCrmPerson person, long? accountId, CancellationToken cancellationToken)
    {
        await using (var db = contexts.CreateDbContext())
        {
            if (await db.Contacts.Where(c => c.Email == person.Email).Select(c => (long?)c.Id).FirstOrDefaultAsync(cancellationToken) is { } existing)
                return existing;
        }

        var created = await contacts.CreateAsync(new ContactFields
        {
            FirstName = person.FirstName, LastName = person.LastName, Email = person.Email, Phone = person.Phone, AccountId = accountId,
        }, By, cancellationToken);
        return created.Contact.Id;
    }

    private async Task<List<PipelineStage>> StagesAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.PipelineStages.AsNoTracking().Where(s => s.PipelineId == db.Pipelines.OrderBy(p => p.Position).ThenBy(p => p.Id).Select(p => p.Id).First())
            .OrderBy(s => s.Position).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// A deal moved stage by stage to where it stands now, as a salesperson would have moved it. Each deal draws from its
    /// own generator, so a second run names it the same whatever the first run got to.
    /// </summary>
    private async Task DealAsync(int n, long contactId, long? accountId, List<PipelineStage> stages, Random random, CancellationToken cancellationToken)
    {
        var name = $"{Products[random.Next(Products.Length)]} #{n}";
        var open = stages.Where(s => s.Outcome == StageOutcome.Open).ToList();
        var target = random.NextDouble() switch
        {
            < 0.15 => stages.FirstOrDefault(s => s.Outcome == StageOutcome.Won),
            < 0.25 => stages.FirstOrDefault(s => s.Outcome == StageOutcome.Lost),
            _ => open.Count == 0 ? null : open[random.Next(open.Count)],
        } ?? stages[0];
        await using (var db = contexts.CreateDbContext())
        {
            if (await db.Deals.AnyAsync(d => d.Name == name, cancellationToken))
                return;
        }

        var deal = await deals.CreateAsync(new DealFields
        {
            Name = name, PipelineId = stages[0].PipelineId, StageId = stages[0].Id, Amount = random.Next(10, 800) * 100_00L, Currency = "USD",
            CloseDate = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime.AddDays(random.Next(-30, 90))), AccountId = accountId, ContactId = contactId,
        }, By, cancellationToken);
        foreach (var stage in open.Where(s => s.Position > stages[0].Position && s.Position <= target.Position))
            await deals.MoveAsync(deal.Deal.Id, stage.Id, null, By, cancellationToken);
        if (target.Outcome != StageOutcome.Open)
            await deals.MoveAsync(deal.Deal.Id, target.Id, target.Outcome == StageOutcome.Lost ? LossReasons[random.Next(LossReasons.Length)] : "Signed the order form", By, cancellationToken);
    }

    private static string? Text(JsonElement traits, string key) =>
        traits.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;
}
