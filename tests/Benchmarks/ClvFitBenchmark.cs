using System.Diagnostics;
using Lodestar.Domain.Economics.Clv;
using Lodestar.Testing;

namespace Lodestar.Benchmarks;

/// <summary>
/// The predicted-CLV fit (issue 7's speed target: BG/NBD + Gamma-Gamma &lt; 5 s for 100,000 customers) on the CDNOW
/// sample and on 100,000 (or --people) synthetic customers drawn from the models, with weekly time. The summaries are
/// timed apart from the fits; the job that reads purchases from the database is not part of this.
/// </summary>
public sealed class ClvFitBenchmark(BenchOptions options)
{
    private const int Seed = 20_261;

    public async Task<IReadOnlyList<BenchResult>> RunAsync()
    {
        var results = new List<BenchResult>();
        var cdnow = CdnowSample.Purchases();
        Fit("CDNOW warm-up", cdnow, CdnowSample.CalibrationEnd, ClvTimeUnit.Week);
        await MachineLoad.WaitForQuietAsync(options.QuietWait);
        var (_, cdnowSeconds) = Fit("CDNOW sample", cdnow, CdnowSample.CalibrationEnd, ClvTimeUnit.Week);
        results.Add(BenchResult.Info("clv-fit CDNOW (2,357 customers)", $"{cdnowSeconds * 1000:N0} ms"));

        var customers = options.People > 0 ? options.People : 100_000;
        var synthetic = new ClvSyntheticPurchases(customers, Seed).Items;
        await MachineLoad.WaitForQuietAsync(options.QuietWait);
        var (summaries, seconds) = Fit($"synthetic {customers:N0}", synthetic, ClvSyntheticPurchases.CalibrationEnd, ClvTimeUnit.Week);
        var truth = ClvSyntheticPurchases.Purchases;
        Console.WriteLine($"  generated with r {truth.R}, α {truth.Alpha / 7:0.###} weeks, a {truth.A}, b {truth.B}; " +
                          $"p {ClvSyntheticPurchases.Spend.P}, q {ClvSyntheticPurchases.Spend.Q}, γ {ClvSyntheticPurchases.Spend.Gamma}; " +
                          $"{summaries.Select(s => (s.Frequency, s.Recency, s.Age)).Distinct().Count():N0} distinct (x, t_x, T)");
        results.Add(BenchResult.Below($"clv-fit BG/NBD + Gamma-Gamma, {customers:N0} customers", seconds, 5, "s", "N2"));
        return results;
    }

    private static (IReadOnlyList<CustomerSummary> Summaries, double FitSeconds) Fit(string name, IReadOnlyList<ClvPurchase> purchases, DateOnly end, ClvTimeUnit unit)
    {
        var watch = Stopwatch.StartNew();
        var summaries = CustomerSummaryCalculator.Summarize(purchases, end, unit);
        var summarySeconds = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var bgnbd = BgNbdFitter.Fit(summaries);
        var bgSeconds = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var spend = GammaGammaFitter.Fit(summaries, minorUnitsPerUnit: 100);
        var ggSeconds = watch.Elapsed.TotalSeconds;
        var (b, g) = (bgnbd.Parameters, spend.Parameters);
        Console.WriteLine($"== clv-fit {name}: {purchases.Count:N0} purchases, {summaries.Count:N0} customers ==");
        Console.WriteLine($"  summary {summarySeconds * 1000:N0} ms; BG/NBD {bgSeconds * 1000:N0} ms ({bgnbd.Evaluations} evaluations): " +
                          $"r {b.R:0.####}, α {b.Alpha:0.####}, a {b.A:0.####}, b {b.B:0.####}, LL {bgnbd.LogLikelihood:0.###}");
        Console.WriteLine($"  Gamma-Gamma {ggSeconds * 1000:N0} ms ({spend.Evaluations} evaluations, {spend.Customers:N0} repeat customers): " +
                          $"p {g.P:0.####}, q {g.Q:0.####}, γ {g.Gamma:0.####}, LL {spend.LogLikelihood:0.###}");
        return (summaries, bgSeconds + ggSeconds);
    }
}
