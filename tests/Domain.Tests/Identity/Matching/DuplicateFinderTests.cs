using Lodestar.Domain.Identity.Matching;

namespace Lodestar.Domain.Tests.Identity.Matching;

public sealed class DuplicateFinderTests
{
    private static readonly PersonRecord Joe =
        new("joe", GivenName: "Joe", Surname: "Smith", Address1: "12 High St", Suburb: "Carlton", DateOfBirth: "1980-03-02");

    private static readonly PersonRecord Joseph =
        new("joseph", GivenName: "Joseph", Surname: "Smith", Address1: "12 High Street", Suburb: "Carlton", DateOfBirth: "1980-03-02");

    /// <summary>Same name, another person: lives elsewhere, born another year.</summary>
    private static readonly PersonRecord OtherJoe =
        new("other-joe", GivenName: "Joe", Surname: "Smith", Address1: "45 Ocean Pde", Suburb: "Manly", DateOfBirth: "1992-07-14");

    private static readonly PersonRecord Mary =
        new("mary", GivenName: "Mary", Surname: "Jones", Address1: "7 Park Rd", Suburb: "Carlton", DateOfBirth: "1975-11-20");

    /// <summary>A realistic population to learn from: Febrl's first data set (1,000 records, 500 true pairs) plus ours.</summary>
    private static readonly List<PersonRecord> Population = [.. FebrlData.Load(1), Joe, Joseph, OtherJoe, Mary];

    private static readonly DuplicateSearchResult Result = new DuplicateFinder().Find(Population);

    [Fact]
    public void Find_NicknameAndAbbreviatedStreet_IsSuggestedWithItsEvidence()
    {
        var pair = Assert.Single(Result.Pairs, p => Involves(p, "joe") && Involves(p, "joseph"));

        Assert.True(pair.Probability >= 0.99, $"p = {pair.Probability}");
        var fields = pair.Evidence.ToDictionary(e => e.Field);
        Assert.Equal("nickname", fields[nameof(PersonField.GivenName)].Level);
        Assert.Equal(("12", "12", "exact"), (fields["StreetNumber"].LeftValue, fields["StreetNumber"].RightValue, fields["StreetNumber"].Level));
        Assert.Equal(("high street", "high street", "exact"), (fields["Address1"].LeftValue, fields["Address1"].RightValue, fields["Address1"].Level));
        Assert.Equal("exact", fields["DateOfBirth"].Level);
        Assert.Equal(("– / carlton / –", "suburb exact"), (fields["Locality"].LeftValue, fields["Locality"].Level));
        Assert.True(fields["DateOfBirth"].Weight > 5, "an equal date of birth is strong evidence");
        Assert.Equal(Math.Pow(2, fields["Surname"].Weight), fields["Surname"].BayesFactor, precision: 9);

        // The weights add up: the prior plus every field's weight is the pair's match weight.
        Assert.Equal(pair.MatchWeight, Result.Model.PriorWeight + pair.Evidence.Sum(e => e.Weight), precision: 9);
        Assert.Equal(FellegiSunterModel.Probability(pair.MatchWeight), pair.Probability, precision: 12);
    }

    [Fact]
    public void Find_SameNameOtherwiseDifferent_IsNotSuggested()
    {
        Assert.DoesNotContain(Result.Pairs, p => Involves(p, "other-joe"));
        Assert.DoesNotContain(Result.Pairs, p => Involves(p, "mary"));
    }

    [Fact]
    public void Find_FebrlPopulation_FindsItsTruePairsAndNothingElse()
    {
        var truth = FebrlData.TruePairs(Population.Where(r => r.Id.StartsWith("rec-", StringComparison.Ordinal)));
        var febrlPairs = Result.Pairs.Where(p => p.Left.Id.StartsWith("rec-", StringComparison.Ordinal)).ToList();

        var (precision, recall, _) = FebrlData.Score(febrlPairs, truth);

        Assert.True(precision >= 0.99, $"precision {precision}");
        Assert.True(recall >= 0.95, $"recall {recall}");
    }

    [Fact]
    public void Find_Pairs_AreAboveTheThresholdMostProbableFirst()
    {
        Assert.NotEmpty(Result.Pairs);
        Assert.All(Result.Pairs, p => Assert.InRange(p.Probability, 0.5, 1.0));
        Assert.Equal(Result.Pairs.OrderByDescending(p => p.MatchWeight).Select(p => p.MatchWeight), Result.Pairs.Select(p => p.MatchWeight));
        Assert.Equal(Population.Count, Result.Records);
        Assert.True(Result.CandidatePairs >= Result.Pairs.Count);
        Assert.Equal(DefaultBlockingRules.All.Count, Result.PairsPerRule.Count);
    }

    [Fact]
    public void Find_Model_LearnsThatAgreementIsEvidenceForAMatch()
    {
        var model = Result.Model;

        Assert.True(model.Converged);
        Assert.InRange(model.Prior, 1e-5, 1e-2);
        foreach (var field in new[] { "GivenName", "Surname", "DateOfBirth", "Locality" })
        {
            var levels = model.Fields.Single(f => f.Field == field).Levels;
            Assert.True(levels[0].Weight > 3, $"{field} exact: {levels[0].Weight}");
            Assert.True(levels[^1].Weight < 0, $"{field} different: {levels[^1].Weight}");
            Assert.All(levels, l => Assert.Equal(Math.Log2(l.M / l.U), l.Weight, precision: 9));
        }
    }

    [Fact]
    public void Find_SameInput_SameResult()
    {
        var again = new DuplicateFinder().Find(Population);

        Assert.Equal(Result.Pairs.Select(p => (p.Left.Id, p.Right.Id, p.Probability)), again.Pairs.Select(p => (p.Left.Id, p.Right.Id, p.Probability)));
    }

    [Fact]
    public void Find_HigherThreshold_ReturnsTheMostProbableSubset()
    {
        var strict = new DuplicateFinder().Find(Population, new DuplicateMatchingOptions { Threshold = 0.999 });

        Assert.All(strict.Pairs, p => Assert.True(p.Probability >= 0.999));
        Assert.Equal(Result.Pairs.Count(p => p.Probability >= 0.999), strict.Pairs.Count);
    }

    [Fact]
    public void Find_Progress_ReportsEveryStageInOrder()
    {
        var stages = new StageRecorder();

        new DuplicateFinder().Find([Joe, Joseph, Mary], null, stages, TestContext.Current.CancellationToken);

        Assert.Equal(Enum.GetValues<DuplicateSearchStage>(), stages.Stages);
    }

    [Fact]
    public void Find_CancelledToken_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => new DuplicateFinder().Find(Population, null, null, cancelled.Token));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Find_FewerThanTwoRecords_ReturnsNoPairs(int count)
    {
        var result = new DuplicateFinder().Find([.. new[] { Joe }.Take(count)]);

        Assert.Empty(result.Pairs);
        Assert.Equal(0, result.CandidatePairs);
    }

    [Fact]
    public void Find_ThresholdNotAProbability_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DuplicateFinder().Find([Joe, Joseph], new DuplicateMatchingOptions { Threshold = 1.5 }));

    private static bool Involves(DuplicatePair pair, string id) => pair.Left.Id == id || pair.Right.Id == id;

    /// <summary>Records synchronously (Progress&lt;T&gt; would post to the thread pool and race the assertion).</summary>
    private sealed class StageRecorder : IProgress<DuplicateSearchStage>
    {
        public List<DuplicateSearchStage> Stages { get; } = [];

        public void Report(DuplicateSearchStage value) => Stages.Add(value);
    }
}
