using System.Globalization;

namespace Lodestar.Portal.Client.Features.Crm.Deals;

/// <summary>
/// Minor units as people read and type them. The ISO 4217 exponents mirror the Domain's Currencies (a test keeps the
/// two in step); the client references nothing of ours.
/// </summary>
public static class MoneyText
{
    private static readonly HashSet<string> NoDecimals =
        ["BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF"];

    private static readonly HashSet<string> ThreeDecimals = ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"];

    public static int DigitsOf(string? currency) =>
        currency is null ? 2 : NoDecimals.Contains(currency.ToUpperInvariant()) ? 0 : ThreeDecimals.Contains(currency.ToUpperInvariant()) ? 3 : 2;

    public static decimal ToMajor(long minor, string? currency) => minor / Scale(currency);

    /// <summary>Null when the amount has more decimals than the currency has.</summary>
    public static long? ToMinor(decimal major, string? currency)
    {
        var scaled = major * Scale(currency);
        return scaled == decimal.Truncate(scaled) ? (long)scaled : null;
    }

    public static string Format(long minor, string currency) => FormatMajor(ToMajor(minor, currency), currency);

    public static string Format(MoneyDto money) => Format(money.Amount, money.Currency);

    /// <summary>An amount already in the currency's units (1250.5 USD → 1,250.50 USD; 1500 JPY → 1,500 JPY).</summary>
    public static string FormatMajor(decimal major, string currency) =>
        major.ToString("N" + DigitsOf(currency), CultureInfo.InvariantCulture) + " " + currency;

    /// <summary>Without the minor digits when they are zero (12,500 USD), for narrow places such as board cards.</summary>
    public static string Compact(long minor, string currency)
    {
        var major = ToMajor(minor, currency);
        return major == decimal.Truncate(major) ? major.ToString("N0", CultureInfo.InvariantCulture) + " " + currency : Format(minor, currency);
    }

    public static string Compact(MoneyDto money) => Compact(money.Amount, money.Currency);

    private static decimal Scale(string? currency) => DigitsOf(currency) switch { 0 => 1m, 3 => 1000m, _ => 100m };
}
