using System.Globalization;

namespace Lodestar.Portal.Client.Features.Economics.Dashboard;

/// <summary>The dashboard's figures as an executive reads them; a dash where there is nothing to show.</summary>
public static class EconomicsText
{
    public const string None = "—";

    public static string Money(decimal? amount, string currency) =>
        amount is { } a ? a.ToString(Math.Abs(a) >= 10_000 ? "N0" : "N2", CultureInfo.InvariantCulture) + " " + currency : None;

    public static string Ratio(double? ratio) => ratio is { } r ? r.ToString("0.0#", CultureInfo.InvariantCulture) + "×" : None;

    public static string Months(int? months) => months switch
    {
        null => "not yet",
        0 => "in month 1",
        1 => "1 month",
        { } m => m.ToString(CultureInfo.InvariantCulture) + " months",
    };

    public static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A YYYY-MM as "Jan 2026".</summary>
    public static string Month(string month) =>
        DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day.ToString("MMM yyyy", CultureInfo.InvariantCulture)
            : month;
}
