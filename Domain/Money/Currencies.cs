using System.Globalization;
using System.Text.RegularExpressions;

namespace Lodestar.Domain.Money;

/// <summary>ISO 4217 codes and their minor units: amounts are stored as whole minor units (cents, yen, fils).</summary>
public static partial class Currencies
{
    // ISO 4217 lists these with 0 and 3 decimals; every other active currency has 2.
    private static readonly HashSet<string> NoDecimals =
        ["BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF"];

    private static readonly HashSet<string> ThreeDecimals = ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"];

    public static bool IsCode(string? code) => code is not null && CodeShape().IsMatch(code);

    public static int DigitsOf(string code) => NoDecimals.Contains(code) ? 0 : ThreeDecimals.Contains(code) ? 3 : 2;

    /// <summary>Minor units as a decimal amount (1999 USD → 19.99).</summary>
    public static decimal ToMajor(long minor, string code) => minor / Pow10(DigitsOf(code));

    /// <summary>A decimal amount in minor units; null when it has more decimals than the currency allows.</summary>
    public static long? ToMinor(decimal major, string code)
    {
        var scaled = major * Pow10(DigitsOf(code));
        return scaled == decimal.Truncate(scaled) ? (long)scaled : null;
    }

    /// <summary>A decimal amount in minor units, rounded half away from zero when it has more decimals than the currency (19.995 USD → 2000).</summary>
    public static long RoundToMinor(decimal major, string code) =>
        (long)Math.Round(major * Pow10(DigitsOf(code)), MidpointRounding.AwayFromZero);

    public static string Format(long minor, string code) =>
        ToMajor(minor, code).ToString("N" + DigitsOf(code), CultureInfo.InvariantCulture) + " " + code;

    private static decimal Pow10(int digits) => digits switch { 0 => 1m, 3 => 1000m, _ => 100m };

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CodeShape();
}
