namespace Lodestar.Domain.Identity.Matching;

/// <summary>The test a <see cref="ComparisonLevel"/> applies to two present values.</summary>
public enum LevelTest
{
    Exact,

    /// <summary>Both are forms of one given name (<see cref="Nicknames"/>).</summary>
    Nickname,

    /// <summary>Jaro–Winkler similarity ≥ the threshold.</summary>
    JaroWinklerAtLeast,

    /// <summary>Levenshtein similarity (1 − d ÷ longer length) ≥ the threshold.</summary>
    LevenshteinSimilarityAtLeast,

    /// <summary>Levenshtein distance ≤ the threshold.</summary>
    LevenshteinAtMost,

    /// <summary><see cref="DateComparator"/>: day and month swapped.</summary>
    DateTransposed,

    /// <summary><see cref="DateComparator"/>: one of year, month, day differs.</summary>
    DateOneFieldOff,

    /// <summary><see cref="NumberComparator"/>: one digit off.</summary>
    NumberOneDigitOff,

    /// <summary>One character substituted, inserted or deleted, or two neighbours swapped: a single typo.</summary>
    OneTypo,

    /// <summary>Anything else; the last level of every comparison.</summary>
    Else,
}
