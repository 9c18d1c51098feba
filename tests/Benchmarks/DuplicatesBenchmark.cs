using System.Diagnostics;
using Lodestar.Domain.Identity.Matching;

namespace Lodestar.Benchmarks;

/// <summary>
/// Duplicate matching at R1 (20,000 CRM contacts, ~10 % of them re-entered copies with typos, nicknames and
/// abbreviations): wall time of <see cref="DuplicateFinder.Find(IReadOnlyList{PersonRecord}, DuplicateMatchingOptions?)"/>
/// (target &lt; 20 s) and precision and recall against the generator's truth. Runs once to warm up the JIT, then once timed.
/// </summary>
public sealed class DuplicatesBenchmark(BenchOptions options)
{
    private const int Seed = 20_260;

    public async Task<IReadOnlyList<BenchResult>> RunAsync()
    {
        var contacts = options.People > 0 ? options.People : 20_000;
        var data = new DuplicateContactsGenerator(contacts, 0.1, Seed);
        Console.WriteLine($"== duplicates: {data.Contacts.Count:N0} contacts, {data.TruePairs:N0} true duplicate pairs ==");

        var finder = new DuplicateFinder();
        finder.Find(data.Contacts.Take(2_000).ToList());
        await MachineLoad.WaitForQuietAsync(options.QuietWait);
        var watch = Stopwatch.StartNew();
        var result = finder.Find(data.Contacts);
        var seconds = watch.Elapsed.TotalSeconds;

        var correct = result.Pairs.LongCount(p => data.PersonOf[p.Left.Id] == data.PersonOf[p.Right.Id]);
        var precision = result.Pairs.Count == 0 ? 0 : (double)correct / result.Pairs.Count;
        var recall = data.TruePairs == 0 ? 0 : (double)correct / data.TruePairs;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var t = result.Timings;
        Console.WriteLine($"  {seconds:N2} s: blocking {t.Blocking.TotalSeconds:N2} s, comparing {t.Comparing.TotalSeconds:N2} s, " +
                          $"fitting {t.Fitting.TotalSeconds:N2} s, scoring {t.Scoring.TotalSeconds:N2} s");
        Console.WriteLine($"  {result.CandidatePairs:N0} candidate pairs ({string.Join(", ", result.PairsPerRule.Select(r => $"{r.Rule} {r.Pairs:N0}"))})");
        Console.WriteLine($"  {result.Pairs.Count:N0} pairs at p ≥ {new DuplicateMatchingOptions().Threshold}: {correct:N0} correct; " +
                          $"precision {precision:0.0000}, recall {recall:0.0000}, F1 {f1:0.0000}; " +
                          $"λ {result.Model.Prior:0.###e0} after {result.Model.Iterations} EM iterations");
        return
        [
            BenchResult.Below($"duplicates {contacts:N0} contacts", seconds, 20, "s", "N1"),
            BenchResult.Info("duplicates precision / recall", $"{precision:0.000} / {recall:0.000} (F1 {f1:0.000})"),
        ];
    }
}
