using System.Diagnostics;

namespace Lodestar.Domain.Identity.Matching;

/// <summary>
/// Finds records that are probably the same person, unsupervised (Fellegi–Sunter with EM, as Splink does):
/// blocking rules pick candidate pairs, each pair gets a comparison vector, u comes from random pairs, m and λ from
/// EM over the candidates, and a pair's match probability is the posterior of its vector. Pure computation: the
/// same records and options always give the same result.
/// </summary>
public sealed class DuplicateFinder
{
    public DuplicateSearchResult Find(IReadOnlyList<PersonRecord> records, DuplicateMatchingOptions? options = null) =>
        Find(records, options, null, CancellationToken.None);

    /// <param name="progress">Told as each stage starts; the fitting and comparing stages take most of the time.</param>
    public DuplicateSearchResult Find(
        IReadOnlyList<PersonRecord> records,
        DuplicateMatchingOptions? options,
        IProgress<DuplicateSearchStage>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        options ??= new DuplicateMatchingOptions();
        options.Validate();
        cancellationToken.ThrowIfCancellationRequested();
        var comparisons = options.Comparisons;
        var watch = Stopwatch.StartNew();

        progress?.Report(DuplicateSearchStage.Blocking);
        var prepared = new PreparedRecords(records);
        var pairs = CandidatePairFinder.Find(prepared, options.BlockingRules, out var perRule);
        var blocking = Lap(watch);

        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(DuplicateSearchStage.Comparing);
        var vectors = ComparisonVectors.Compare(prepared, comparisons, pairs, cancellationToken);
        var (distinct, counts, vectorOfPair) = Group(vectors);
        var comparing = Lap(watch);

        progress?.Report(DuplicateSearchStage.Fitting);
        var u = UProbabilityCalculator.Estimate(prepared, comparisons, options.RandomPairs, options.Seed, cancellationToken);
        var allPairs = records.Count * (records.Count - 1.0) / 2;
        var fit = ExpectationMaximization.Fit(distinct, counts, u, Math.Max(allPairs, 1), options.MaxIterations, options.Tolerance, cancellationToken);
        var model = new FellegiSunterModel(comparisons, fit);
        var fitting = Lap(watch);

        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(DuplicateSearchStage.Scoring);
        var found = Score(prepared, model, pairs, distinct, vectorOfPair, options.Threshold);
        var scoring = Lap(watch);

        progress?.Report(DuplicateSearchStage.Done);
        return new DuplicateSearchResult(
            found, model, records.Count, pairs.Length, perRule, new DuplicateSearchTimings(blocking, comparing, fitting, scoring));
    }

    /// <summary>The distinct vectors, how many pairs have each, and each pair's index into them.</summary>
    private static (ulong[] Distinct, double[] Counts, int[] VectorOfPair) Group(ulong[] vectors)
    {
        var index = new Dictionary<ulong, int>();
        var counts = new List<double>();
        var vectorOfPair = new int[vectors.Length];
        for (var i = 0; i < vectors.Length; i++)
        {
            if (!index.TryGetValue(vectors[i], out var slot))
            {
                index[vectors[i]] = slot = counts.Count;
                counts.Add(0);
            }

            counts[slot]++;
            vectorOfPair[i] = slot;
        }

        var distinct = new ulong[index.Count];
        foreach (var (vector, slot) in index)
            distinct[slot] = vector;
        return (distinct, counts.ToArray(), vectorOfPair);
    }

    private static List<DuplicatePair> Score(
        PreparedRecords prepared, FellegiSunterModel model, long[] pairs, ulong[] distinct, int[] vectorOfPair, double threshold)
    {
        // Scored once per distinct vector: thousands of pairs share each.
        var weights = new double[distinct.Length];
        var probabilities = new double[distinct.Length];
        for (var v = 0; v < distinct.Length; v++)
        {
            weights[v] = model.MatchWeight(distinct[v]);
            probabilities[v] = FellegiSunterModel.Probability(weights[v]);
        }

        var found = new List<(long Pair, int Vector)>();
        for (var i = 0; i < pairs.Length; i++)
        {
            if (probabilities[vectorOfPair[i]] >= threshold)
                found.Add((pairs[i], vectorOfPair[i]));
        }

        // Most probable first; equal probabilities keep record order, so the list is the same on every run.
        found.Sort((a, b) =>
        {
            var byWeight = weights[b.Vector].CompareTo(weights[a.Vector]);
            return byWeight != 0 ? byWeight : a.Pair.CompareTo(b.Pair);
        });

        var result = new List<DuplicatePair>(found.Count);
        foreach (var (pair, vector) in found)
        {
            var left = CandidatePairFinder.Left(pair);
            var right = CandidatePairFinder.Right(pair);
            result.Add(new DuplicatePair(
                prepared.Originals[left],
                prepared.Originals[right],
                probabilities[vector],
                weights[vector],
                Explain(prepared, model, distinct[vector], left, right)));
        }

        return result;
    }

    /// <summary>Per comparison the compared values, the level they reached and its weight: what a reviewer checks.</summary>
    private static List<FieldEvidence> Explain(PreparedRecords prepared, FellegiSunterModel model, ulong vector, int left, int right)
    {
        var evidence = new List<FieldEvidence>(model.Comparisons.Count);
        for (var c = 0; c < model.Comparisons.Count; c++)
        {
            var comparison = model.Comparisons[c];
            var a = Values(prepared, comparison, left);
            var b = Values(prepared, comparison, right);
            if (a is null && b is null)
                continue;
            var level = ComparisonVectors.Level(vector, c);
            var name = level == FieldComparison.Missing ? "missing" : comparison.Levels[level].Name;
            evidence.Add(new FieldEvidence(comparison.Name, a, b, name, model.Weight(c, level)));
        }

        return evidence;
    }

    /// <summary>The normalised value, or for a comparison of several fields their values joined ("3053 / carlton").</summary>
    private static string? Values(PreparedRecords prepared, FieldComparison comparison, int record)
    {
        if (comparison.Fields.Count == 1)
            return prepared.Columns[(int)comparison.Field][record];
        var values = comparison.Fields.Select(f => prepared.Columns[(int)f][record]).ToArray();
        return values.All(v => v is null) ? null : string.Join(" / ", values.Select(v => v ?? "–"));
    }

    private static TimeSpan Lap(Stopwatch watch)
    {
        var elapsed = watch.Elapsed;
        watch.Restart();
        return elapsed;
    }
}
