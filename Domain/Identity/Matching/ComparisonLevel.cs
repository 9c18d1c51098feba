namespace Lodestar.Domain.Identity.Matching;

/// <summary>One level of a field comparison, e.g. "Jaro–Winkler ≥ 0.92".</summary>
/// <param name="Threshold">The similarity or distance bound of the threshold tests; unused by the others.</param>
public sealed record ComparisonLevel(string Name, LevelTest Test, double Threshold = 0)
{
    /// <summary>
    /// The field this level tests when it is not the comparison's own: nested fields (suburb within postcode) must
    /// share one comparison, or the agreement of one place would be counted once per field.
    /// </summary>
    public PersonField? Field { get; init; }

    /// <summary>A further level that must hold as well (postcode and suburb both equal).</summary>
    public ComparisonLevel? And { get; init; }

    public static ComparisonLevel Exact() => new("exact", LevelTest.Exact);

    public static ComparisonLevel Nickname() => new("nickname", LevelTest.Nickname);

    public static ComparisonLevel JaroWinkler(double atLeast) => new($"jaro-winkler ≥ {atLeast:0.##}", LevelTest.JaroWinklerAtLeast, atLeast);

    public static ComparisonLevel LevenshteinSimilarity(double atLeast) =>
        new($"levenshtein similarity ≥ {atLeast:0.##}", LevelTest.LevenshteinSimilarityAtLeast, atLeast);

    public static ComparisonLevel LevenshteinDistance(int atMost) => new($"levenshtein ≤ {atMost}", LevelTest.LevenshteinAtMost, atMost);

    public static ComparisonLevel DateTransposed() => new("day/month transposed", LevelTest.DateTransposed);

    public static ComparisonLevel DateOneFieldOff() => new("one of y/m/d differs", LevelTest.DateOneFieldOff);

    public static ComparisonLevel OneDigitOff() => new("one digit off", LevelTest.NumberOneDigitOff);

    public static ComparisonLevel OneTypo() => new("one typo", LevelTest.OneTypo);

    public static ComparisonLevel Else() => new("different", LevelTest.Else);

    /// <summary>This test applied to <paramref name="field"/> instead of the comparison's own field.</summary>
    public ComparisonLevel On(PersonField field) => this with { Field = field, Name = $"{field.ToString().ToLowerInvariant()} {Name}" };

    /// <summary>This level only when <paramref name="other"/> holds too.</summary>
    public ComparisonLevel Also(ComparisonLevel other) =>
        this with { And = And is null ? other : And.Also(other), Name = $"{Name} and {other.Name}" };
}
