using System.Diagnostics;
using Lodestar.Domain;
using Lodestar.Domain.Crm;
using Lodestar.Domain.Crm.Activities;
using Lodestar.Domain.Crm.Deals;
using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lodestar.Benchmarks;

/// <summary>
/// CRM reads and writes at R1 (20,000 contacts, 5,000 accounts) on the embedded SQLite: the contact list as people use
/// it (search by name part, full email, phone digits; sorts; an account's contacts), the record page's CRM part
/// (contact, account, owner, profile link, history), and saving a contact (validation, history, identify message);
/// with 10,000 deals: the pipeline board, the deal list and a move on the board.
/// </summary>
public sealed class CrmR1Benchmark(BenchOptions options)
{
    private const int Seed = 20_261;
    private const int Rounds = 200;

    public async Task<IReadOnlyList<BenchResult>> RunAsync()
    {
        using var folder = new TempFolder("crm-r1", options.Keep);
        var file = folder.File("crm.db");
        await BenchDatabase.CreateAsync(file, CancellationToken.None);
        await using var provider = BuildProvider(file);
        var contactsCount = options.People > 0 ? options.People : 20_000;
        var watch = Stopwatch.StartNew();
        var people = await SeedAsync(provider, contactsCount);
        Console.WriteLine($"== crm-r1: {contactsCount:N0} contacts, {CrmR1Data.Accounts:N0} accounts, {CrmR1Deals.Count:N0} deals, {contactsCount * CrmR1Activities.PerContact:N0} activities stored in {watch.Elapsed.TotalSeconds:N1} s ==");

        var queries = provider.GetRequiredService<ContactQueryService>();
        var contacts = provider.GetRequiredService<ContactService>();
        var random = new Random(Seed);
        var searches = new List<ContactSearch>();
        for (var i = 0; i < Rounds; i++)
        {
            var p = people[random.Next(people.Count)];
            searches.Add((i % 5) switch
            {
                0 => new ContactSearch(p.Surname?[..Math.Min(4, p.Surname.Length)], null, null, null, 0, 25),
                1 => new ContactSearch(p.Email ?? p.Surname, null, null, null, 0, 25),
                2 => new ContactSearch(p.Phone?.Replace(" ", "", StringComparison.Ordinal)[^4..] ?? p.Surname, null, null, "-updatedAt", 0, 25),
                3 => new ContactSearch(null, null, null, i % 2 == 0 ? "account" : "-name", random.Next(0, 700) * 25, 25),
                _ => new ContactSearch(null, random.Next(1, CrmR1Data.Accounts + 1), null, "name", 0, 25),
            });
        }

        await MachineLoad.WaitForQuietAsync(options.QuietWait);
        foreach (var s in searches.Take(20))
            await queries.ListAsync(s, CancellationToken.None);
        var list = await TimeAsync(searches, s => queries.ListAsync(s, CancellationToken.None));
        var record = await TimeAsync(Enumerable.Range(0, Rounds).Select(_ => (long)random.Next(1, contactsCount + 1)).ToList(), async id =>
        {
            await contacts.GetAsync(id, CancellationToken.None);
            await contacts.HistoryAsync(id, CancellationToken.None);
        });
        var save = await TimeAsync(Enumerable.Range(0, 100).ToList(), i => contacts.CreateAsync(new ContactFields
        {
            FirstName = "Bench", LastName = $"Person {i}", Email = $"bench.{i}@example.com", Phone = "+44 20 7946 0958", AccountId = 1 + i,
        }, "bench", CancellationToken.None));
        var (board, dealList, move) = await DealsAsync(provider, random);
        var timelines = provider.GetRequiredService<ContactTimelineService>();
        var timeline = await TimeAsync(Enumerable.Range(0, Rounds).Select(_ => (long)random.Next(1, contactsCount + 1)).ToList(), async id =>
        {
            await contacts.GetAsync(id, CancellationToken.None);
            await contacts.HistoryAsync(id, CancellationToken.None);
            await timelines.GetAsync(id, null, 50, CancellationToken.None);
        });
        var import = await CrmR1Import.RunAsync(provider, people);
        Print("contact list (search, sort, filter; 25 rows)", list);
        Print("record page, CRM part (contact + history)", record);
        Print("create contact (validate, history, identify message)", save);
        Print("record page with timeline (50 items)", timeline);
        Print("deal board (6 stages, 50 cards each, totals)", board);
        Print("deal list (search, outcome, sort, account; 25 rows)", dealList);
        Print("move a deal (history, stage event)", move);
        Console.WriteLine($"  import {import.Rows:N0} contacts from CSV (check every row, store, identify messages): {import.Elapsed.TotalSeconds:N2} s");
        return
        [
            BenchResult.Below("crm-r1 contact list p95", list.P95, 150, "ms", "N1"),
            BenchResult.Info("crm-r1 contact list p50 / p99", $"{list.P50:N1} / {list.P99:N1} ms"),
            BenchResult.Info("crm-r1 record page (CRM part) p95", $"{record.P95:N1} ms"),
            BenchResult.Below("crm-r1 record page with timeline p95", timeline.P95, 400, "ms", "N1"),
            BenchResult.Info("crm-r1 create contact p50 / p95", $"{save.P50:N1} / {save.P95:N1} ms"),
            BenchResult.Info("crm-r1 deal board p50 / p95", $"{board.P50:N1} / {board.P95:N1} ms"),
            BenchResult.Info("crm-r1 deal list p50 / p95", $"{dealList.P50:N1} / {dealList.P95:N1} ms"),
            BenchResult.Info("crm-r1 deal move p50 / p95", $"{move.P50:N1} / {move.P95:N1} ms"),
            import.Rows == people.Count
                ? BenchResult.Below($"crm-r1 import {import.Rows:N0} contacts", import.Elapsed.TotalSeconds, 10, "s", "N2")
                : new BenchResult("crm-r1 import contacts", "< 10.00 s", $"{people.Count - import.Rows:N0} rows rejected", false),
        ];
    }

    private static async Task<(LatencyStats Board, LatencyStats List, LatencyStats Move)> DealsAsync(ServiceProvider provider, Random random)
    {
        var queries = provider.GetRequiredService<DealQueryService>();
        var deals = provider.GetRequiredService<DealService>();
        var outcomes = new StageOutcome?[] { null, StageOutcome.Open, StageOutcome.Won, StageOutcome.Lost };
        var searches = Enumerable.Range(0, Rounds).Select(i => (i % 4) switch
        {
            0 => new DealSearch($"Deal {random.Next(1, CrmR1Deals.Count)}", null, null, null, null, null, null, null, 0, 25),
            1 => new DealSearch(null, 1, null, null, null, null, outcomes[random.Next(outcomes.Length)], "-amount", random.Next(0, 40) * 25, 25),
            2 => new DealSearch(null, null, null, null, random.Next(1, CrmR1Data.Accounts + 1), null, null, "closeDate", 0, 25),
            _ => new DealSearch("renewal", null, null, null, null, null, null, "-stage", random.Next(0, 20) * 25, 25),
        }).ToList();
        for (var i = 0; i < 5; i++)
            await queries.BoardAsync(null, CancellationToken.None);
        var board = await TimeAsync(Enumerable.Range(0, 50).ToList(), _ => queries.BoardAsync(null, CancellationToken.None));
        var list = await TimeAsync(searches, s => queries.ListAsync(s, CancellationToken.None));
        var move = await TimeAsync(Enumerable.Range(0, 100).Select(_ => (long)random.Next(1, CrmR1Deals.Count + 1)).ToList(),
            id => deals.MoveAsync(id, random.Next(1, 5), null, "bench", CancellationToken.None));
        return (board, list, move);
    }

    private static async Task<IReadOnlyList<Lodestar.Domain.Identity.Matching.PersonRecord>> SeedAsync(ServiceProvider provider, int contacts)
    {
        await using var db = await provider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var people = await CrmR1Data.StoreAsync(db, contacts, Seed);
        await CrmR1Deals.StoreAsync(db, contacts, CrmR1Data.Accounts, Seed);
        await CrmR1Activities.StoreAsync(db, contacts, CrmR1Deals.Count, Seed);
        return people;
    }

    private static async Task<LatencyStats> TimeAsync<T>(IReadOnlyList<T> inputs, Func<T, Task> call)
    {
        var times = new List<double>(inputs.Count);
        foreach (var input in inputs)
        {
            var watch = Stopwatch.StartNew();
            await call(input);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return new LatencyStats(times);
    }

    private static void Print(string name, LatencyStats s) =>
        Console.WriteLine($"  {name,-52} n={s.Count,4}  p50 {s.P50,7:N2} ms  p95 {s.P95,7:N2} ms  p99 {s.P99,7:N2} ms  max {s.Max,7:N2} ms");

    private static ServiceProvider BuildProvider(string file)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Portal"] = BenchDatabase.ConnectionString(file) })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddDomain(configuration, Path.GetDirectoryName(file)!);
        return services.BuildServiceProvider();
    }
}
