using System.Globalization;
using Lodestar.Domain.Economics.Clv;
using Lodestar.Testing;

namespace Lodestar.Domain.Tests.Economics.Clv;

/// <summary>
/// The published CDNOW calibration summaries (39 weeks to 1997-09-30) from ../shared/data/cdnow: the full-precision
/// DERIVED one (x, t_x, T, x*, m_x) and the 2-decimal one shipped with the lifetimes package (its documentation's
/// examples were computed on it).
/// </summary>
internal static class CdnowSummaries
{
    public static IReadOnlyList<CustomerSummary> FullPrecision { get; } = Load("DERIVED_cdnow_cbs_cal39_holdout39.csv", c => new CustomerSummary(
        c[0], DateOnly.ParseExact(c[1], "yyyy-MM-dd", CultureInfo.InvariantCulture), int.Parse(c[2], CultureInfo.InvariantCulture),
        Number(c[3]), Number(c[4]), Number(c[6]) * 100, int.Parse(c[5], CultureInfo.InvariantCulture), (long)Math.Round(Number(c[7]) * 100)));

    /// <summary>lifetimes' cdnow_customers_summary_with_transactions.csv: ID, x, t_x, T, zbar (dollars), rounded to 2 decimals.</summary>
    public static IReadOnlyList<CustomerSummary> Rounded { get; } = Load("cdnow_customers_summary_with_transactions.csv", c => new CustomerSummary(
        c[0], default, int.Parse(c[1], CultureInfo.InvariantCulture), Number(c[2]), Number(c[3]), Number(c[4]) * 100));

    private static readonly Lazy<(BgNbdParameters, GammaGammaParameters)> RoundedFitsOnce =
        new(() => (BgNbdFitter.Fit(Rounded).Parameters, GammaGammaFitter.Fit(Rounded, minorUnitsPerUnit: 100).Parameters));

    /// <summary>Both models fitted on <see cref="Rounded"/> (spend in dollars), as lifetimes' documented examples were.</summary>
    public static (BgNbdParameters BgNbd, GammaGammaParameters GammaGamma) RoundedFits => RoundedFitsOnce.Value;

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static List<CustomerSummary> Load(string file, Func<string[], CustomerSummary> row) =>
        File.ReadLines(SharedData.File("cdnow", file)).Skip(1).Where(l => l.Trim().Length > 0)
            .Select(l => row(l.Trim().Split(','))).ToList();
}
