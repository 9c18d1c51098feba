namespace Lodestar.Domain.Identity.Matching;

/// <summary>
/// The similarity measures of two present values, each computed at most once however many levels test it
/// (a name comparison asks for the Jaro–Winkler similarity at three thresholds).
/// </summary>
internal struct Measures(string a, string b)
{
    private double _jaroWinkler = double.NaN;
    private int _distance = -1;
    private DateAgreement? _date;

    public bool Holds(ComparisonLevel level) => level.Test switch
    {
        LevelTest.Exact => string.Equals(a, b, StringComparison.Ordinal),
        LevelTest.Nickname => Nicknames.AreEquivalent(a, b),
        LevelTest.JaroWinklerAtLeast => JaroWinklerSimilarity() >= level.Threshold,
        LevelTest.LevenshteinSimilarityAtLeast => LevenshteinSimilarity() >= level.Threshold,
        LevelTest.LevenshteinAtMost => Distance() <= level.Threshold,
        LevelTest.DateTransposed => (_date ??= DateComparator.Compare(a, b)) == DateAgreement.DayMonthTransposed,
        LevelTest.DateOneFieldOff => (_date ??= DateComparator.Compare(a, b)) == DateAgreement.OneFieldOff,
        // The digit comparator's test is "one edit apart" on any characters; only its name is about digits.
        LevelTest.NumberOneDigitOff or LevelTest.OneTypo => NumberComparator.Compare(a, b) == NumberAgreement.OneDigitOff,
        _ => true,
    };

    private double JaroWinklerSimilarity() => double.IsNaN(_jaroWinkler) ? _jaroWinkler = JaroWinkler.Similarity(a, b) : _jaroWinkler;

    private int Distance() => _distance >= 0 ? _distance : _distance = Levenshtein.Distance(a, b);

    private double LevenshteinSimilarity()
    {
        var longer = Math.Max(a.Length, b.Length);
        return longer == 0 ? 1 : 1 - (double)Distance() / longer;
    }
}
