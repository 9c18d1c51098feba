using System.Globalization;
using Lodestar.Domain.Economics.Clv;

namespace Lodestar.Testing;

/// <summary>
/// CDNOW_sample.txt (Fader, Hardie &amp; Lee 2005): 6,919 purchases of 2,357 customers, 1997-01-01..1998-06-30. Columns,
/// whitespace-separated, no header: master id, sample id (1..2357, the customer), YYYYMMDD, CDs, dollars.
/// </summary>
public static class CdnowSample
{
    public static readonly DateOnly CalibrationEnd = new(1997, 9, 30);
    public static readonly DateOnly HoldoutEnd = new(1998, 6, 30);

    /// <summary>Every purchase: customer = the sample id, at midnight UTC of its day, in cents.</summary>
    public static IReadOnlyList<ClvPurchase> Purchases() =>
        System.IO.File.ReadLines(SharedData.File("cdnow", "CDNOW_sample.txt"))
            .Select(line => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Where(cells => cells.Length == 5)
            .Select(cells => new ClvPurchase(
                cells[1].TrimStart('0'),
                DateTime.SpecifyKind(DateTime.ParseExact(cells[2], "yyyyMMdd", CultureInfo.InvariantCulture), DateTimeKind.Utc),
                (long)Math.Round(decimal.Parse(cells[4], CultureInfo.InvariantCulture) * 100)))
            .ToList();
}
