using System.Globalization;

namespace Lodestar.Portal.Client.Features.Economics.Model;

/// <summary>How the model page writes its numbers.</summary>
public static class ClvNumbers
{
    /// <summary>Five significant digits, grouped thousands for large values: 0.24260, 4.4137, −9,582.43.</summary>
    public static string Parameter(double value) =>
        Math.Abs(value) >= 1000 ? value.ToString("N2", CultureInfo.InvariantCulture) : value.ToString("G5", CultureInfo.InvariantCulture);

    /// <summary>Mean purchases per customer: 1.393.</summary>
    public static string Mean(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>Purchases in all: 1,653.4.</summary>
    public static string Total(double value) => value.ToString("N1", CultureInfo.InvariantCulture);

    /// <summary>A signed share: +2.5 %, −12.1 %.</summary>
    public static string SignedPercent(double share) =>
        (share > 0 ? "+" : share < 0 ? "−" : "") + Math.Abs(share * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
