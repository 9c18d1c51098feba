namespace Lodestar.Domain.Identity.Matching;

/// <summary>Settings of <see cref="DuplicateFinder"/>; the defaults suit person and contact records.</summary>
public sealed record DuplicateMatchingOptions
{
    /// <summary>
    /// Smallest match probability reported. 0.5 is the Bayes decision boundary: above it a pair is more likely one
    /// person than two, which is what a reviewer asks of a suggestion.
    /// </summary>
    public double Threshold { get; init; } = 0.5;

    public IReadOnlyList<FieldComparison> Comparisons { get; init; } = DefaultComparisons.All;

    public IReadOnlyList<BlockingRule> BlockingRules { get; init; } = DefaultBlockingRules.All;

    public int MaxIterations { get; init; } = 500;

    /// <summary>EM stops when no m moves by more than this, nor λ by more than this share of itself, in an iteration.</summary>
    public double Tolerance { get; init; } = 1e-6;

    /// <summary>
    /// Random record pairs compared to estimate u, which EM then keeps fixed (almost all random pairs are two
    /// different people). The exact levels of single fields are counted over all pairs instead.
    /// </summary>
    public int RandomPairs { get; init; } = 100_000;

    /// <summary>Seed of the random-pair sample: the same records always give the same model.</summary>
    public int Seed { get; init; } = 1_729;

    public void Validate()
    {
        if (Threshold is < 0 or > 1)
            throw new ArgumentOutOfRangeException(nameof(Threshold), Threshold, "The threshold is a probability, 0 to 1.");
        if (Comparisons.Count is 0 or > 16)
            throw new ArgumentException("Give 1 to 16 field comparisons (each takes 4 bits of a 64-bit vector).", nameof(Comparisons));
        if (MaxIterations < 1 || Tolerance <= 0 || RandomPairs < 0)
            throw new ArgumentException("MaxIterations ≥ 1, Tolerance > 0 and RandomPairs ≥ 0 are required.");
    }
}
