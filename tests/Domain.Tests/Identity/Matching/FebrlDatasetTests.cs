using Lodestar.Domain.Identity.Matching;

namespace Lodestar.Domain.Tests.Identity.Matching;

/// <summary>
/// Quality on the Febrl benchmark data, unsupervised: the model never sees rec_id. Reference (REFERENCE.md):
/// Fellegi–Sunter with EM in Splink gets P 0.9997, R 0.986, F1 0.993 on febrl3 at p ≥ 0.5.
/// </summary>
public sealed class FebrlDatasetTests
{
    [Theory]
    [InlineData(3, 6_538, 98)]
    [InlineData(2, 1_934, 95)]
    [InlineData(1, 500, 95)]
    public void Find_FebrlDataset_ReachesTheF1OfFellegiSunterWithEm(int dataset, int truePairs, int minimumF1Percent)
    {
        var minimumF1 = minimumF1Percent / 100.0;
        var records = FebrlData.Load(dataset);
        var truth = FebrlData.TruePairs(records);

        var result = new DuplicateFinder().Find(records);

        var (precision, recall, f1) = FebrlData.Score(result.Pairs, truth);
        var output = TestContext.Current.TestOutputHelper!;
        output.WriteLine($"febrl{dataset}: {records.Count:N0} records, {truth.Count:N0} true pairs, {result.CandidatePairs:N0} candidate pairs, " +
                         $"{result.Pairs.Count:N0} suggested at p ≥ 0.5");
        output.WriteLine($"precision {precision:0.0000}  recall {recall:0.0000}  F1 {f1:0.0000}  " +
                         $"(λ {result.Model.Prior:0.###e0}, {result.Model.Iterations} EM iterations, {result.Timings.Total.TotalMilliseconds:N0} ms)");
        Assert.Equal(truePairs, truth.Count);
        Assert.True(f1 >= minimumF1, $"F1 {f1:0.0000} (precision {precision:0.0000}, recall {recall:0.0000}) is below {minimumF1}.");
    }
}
