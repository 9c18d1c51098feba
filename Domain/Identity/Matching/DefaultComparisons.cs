using static Lodestar.Domain.Identity.Matching.ComparisonLevel;

namespace Lodestar.Domain.Identity.Matching;

/// <summary>
/// The comparison levels used unless the caller gives others, modelled on Splink's defaults (name, date and
/// exact-or-typo comparisons). Thresholds follow Splink's name comparison (0.92 / 0.88 / 0.7).
/// </summary>
public static class DefaultComparisons
{
    /// <summary>
    /// Postcode, suburb and state are one comparison because they are nested: people in one suburb share its
    /// postcode and state. Compared separately, one agreement on place would count three times, and EM then takes
    /// "lives in the same suburb" for "is the same person".
    /// </summary>
    public static FieldComparison Locality { get; } = new(
        PersonField.Postcode,
        [
            Exact().Also(Exact().On(PersonField.Suburb)), Exact(), Exact().On(PersonField.Suburb), OneDigitOff(),
            JaroWinkler(0.92).On(PersonField.Suburb), Exact().On(PersonField.State), Else(),
        ],
        "Locality");

    public static IReadOnlyList<FieldComparison> All { get; } =
    [
        new(PersonField.GivenName, [Exact(), Nickname(), JaroWinkler(0.92), JaroWinkler(0.88), JaroWinkler(0.7), Else()]),
        new(PersonField.Surname, [Exact(), JaroWinkler(0.92), JaroWinkler(0.88), JaroWinkler(0.7), Else()]),
        new(PersonField.StreetNumber, [Exact(), OneDigitOff(), Else()]),
        new(PersonField.Address1, [Exact(), JaroWinkler(0.92), JaroWinkler(0.8), Else()]),
        new(PersonField.Address2, [Exact(), JaroWinkler(0.9), Else()]),
        Locality,
        new(PersonField.DateOfBirth, [Exact(), DateTransposed(), DateOneFieldOff(), LevenshteinDistance(2), Else()]),
        new(PersonField.Phone, [Exact(), OneDigitOff(), Else()]),
        // One typo, not an edit distance of 2: jsmith62 and jsmith694 are two people's addresses, and common.
        new(PersonField.Email, [Exact(), OneTypo(), Else()]),
    ];
}
