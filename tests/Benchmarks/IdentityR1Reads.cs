using System.Diagnostics;
using Lodestar.Domain.Identity;
using Lodestar.Domain.Profiles;

namespace Lodestar.Benchmarks;

/// <summary>
/// The Profiles pages' reads at R1, through <see cref="ProfileQueryService"/> as the portal calls it: the profile page
/// (detail + newest 50 of the timeline), the list page (first page, name search, email search) and identifier lookups.
/// Samples come from seeded random streams, so every run asks for the same profiles.
/// </summary>
public sealed class IdentityR1Reads(ProfileQueryService profiles, string file)
{
    private const int PageSamples = 200;
    private const int ListSamples = 20;
    private const int LookupSamples = 1_000;

    public async Task<IReadOnlyList<BenchResult>> RunAsync()
    {
        var living = await IdentityR1Data.LivingProfilesAsync(file);
        var identifiers = await IdentityR1Data.IdentifiersAsync(file);
        var results = new List<BenchResult>();

        // Profile page: what /profiles/{id} loads.
        var rng = new Random(7);
        var ids = Enumerable.Range(0, PageSamples + 1).Select(_ => living[rng.Next(living.Count)].Id).ToList();
        var page = await TimeAsync(ids, async id =>
        {
            await profiles.GetAsync(id, CancellationToken.None);
            await profiles.TimelineAsync(new ProfileTimelineQuery(id, Limit: 50), CancellationToken.None);
        });
        Print("profile page (detail + timeline 50)", page);
        results.Add(BenchResult.Below("identity-r1 profile page p95", page.P95, 300, "ms", "N1"));
        results.Add(BenchResult.Info("identity-r1 profile page p50 / p99", $"{page.P50:N1} / {page.P99:N1} ms"));

        // List page: the first page, then searches by part of a name and by a full email.
        var list = await TimeAsync(Enumerable.Repeat(0, ListSamples + 1).ToList(),
            _ => profiles.SearchAsync(new ProfileSearch(), CancellationToken.None));
        Print("list page (first 25)", list);
        var names = living.Select(p => p.Name).OfType<string>()
            .Where(n => !n.StartsWith("Anonymous ", StringComparison.Ordinal) && !n.Contains('@') && n.Contains(' ')).ToList();
        var nameParts = Enumerable.Range(0, ListSamples + 1).Select(_ => names[rng.Next(names.Count)].Split(' ')[^1]).ToList();
        var byName = await TimeAsync(nameParts, q => profiles.SearchAsync(new ProfileSearch(Q: q), CancellationToken.None));
        Print($"search Q=last name (e.g. '{nameParts[1]}')", byName);
        var emails = identifiers.Where(i => i.Type == IdentifierTypes.Email).Select(i => i.Value).ToList();
        var emailSamples = Enumerable.Range(0, ListSamples + 1).Select(_ => emails[rng.Next(emails.Count)]).ToList();
        var byEmail = await TimeAsync(emailSamples, q => profiles.SearchAsync(new ProfileSearch(Q: q), CancellationToken.None));
        Print("search Q=full email", byEmail);
        results.Add(BenchResult.Info("identity-r1 list first page p50 / p95", $"{list.P50:N1} / {list.P95:N1} ms"));
        results.Add(BenchResult.Info("identity-r1 search name part p50 / p95", $"{byName.P50:N1} / {byName.P95:N1} ms"));
        results.Add(BenchResult.Info("identity-r1 search full email p50 / p95", $"{byEmail.P50:N1} / {byEmail.P95:N1} ms"));

        // Identifier lookup: /api/profiles?identifierType=…&identifierValue=…, a third of each type.
        string[] types = [IdentifierTypes.Email, IdentifierTypes.UserId, IdentifierTypes.AnonymousId];
        var byType = types.ToDictionary(t => t, t => identifiers.Where(i => i.Type == t).Select(i => i.Value).ToList());
        var lookups = Enumerable.Range(0, LookupSamples + 1).Select(i =>
        {
            var values = byType[types[i % types.Length]];
            return (Type: types[i % types.Length], Value: values[rng.Next(values.Count)]);
        }).ToList();
        var found = 0;
        var lookup = await TimeAsync(lookups, async l =>
        {
            var result = await profiles.SearchAsync(new ProfileSearch(IdentifierType: l.Type, IdentifierValue: l.Value, Limit: 1), CancellationToken.None);
            found += result.Items.Count;
        });
        Print($"identifier lookup ({found:N0} of {lookups.Count:N0} found)", lookup);
        results.Add(BenchResult.Below("identity-r1 identifier lookup p95", lookup.P95, 20, "ms", "N1"));
        results.Add(BenchResult.Info("identity-r1 identifier lookup p50 / p99", $"{lookup.P50:N2} / {lookup.P99:N2} ms"));
        return results;
    }

    /// <summary>Runs the first sample untimed (warm-up), then times each of the others.</summary>
    private static async Task<LatencyStats> TimeAsync<T>(List<T> samples, Func<T, Task> action)
    {
        await action(samples[0]);
        var times = new List<double>(samples.Count - 1);
        foreach (var sample in samples.Skip(1))
        {
            var start = Stopwatch.GetTimestamp();
            await action(sample);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return new LatencyStats(times);
    }

    private static void Print(string name, LatencyStats stats) =>
        Console.WriteLine($"  {name,-46} n={stats.Count,4}  p50 {stats.P50,7:N2} ms  p95 {stats.P95,7:N2} ms  " +
                          $"p99 {stats.P99,7:N2} ms  max {stats.Max,7:N2} ms");
}
