using System.Globalization;

namespace Lodestar.Portal.Client.Features.Funnels;

/// <summary>A time to convert in the largest unit that reads well: "45 s", "12 min", "1.5 h", "3 d".</summary>
public static class DurationText
{
    public static string Of(double? seconds) => seconds switch
    {
        null => "—",
        < 60 => $"{Math.Round(seconds.Value):0} s",
        < 3_600 => Unit(seconds.Value / 60, "min"),
        < 86_400 => Unit(seconds.Value / 3_600, "h"),
        _ => Unit(seconds.Value / 86_400, "d"),
    };

    // One decimal while it matters (1.5 h), none once the number is large enough that it does not (36 h).
    private static string Unit(double amount, string unit) =>
        (amount < 10 ? amount.ToString("0.#", CultureInfo.InvariantCulture) : amount.ToString("0", CultureInfo.InvariantCulture)) + " " + unit;
}
