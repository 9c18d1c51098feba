using System.Globalization;
using System.Text;
using Lodestar.Domain.Destinations.Files;
using Lodestar.Domain.Destinations.Sending;

namespace Lodestar.Domain.Destinations.AdPlatform;

/// <summary>
/// The customer list as the file the platform's UI uploads: Google's Customer Match template columns (Email, Phone)
/// or Meta's (email, phone), with hashed values. One file per run, batch and action, so a resent batch replaces it.
/// </summary>
public static class CustomerListFile
{
    public static string Write(AdPlatformKind platform, IEnumerable<HashedCustomer> customers)
    {
        var csv = new StringBuilder(CsvText.Line(platform == AdPlatformKind.Google ? ["Email", "Phone"] : ["email", "phone"]));
        foreach (var customer in customers)
            csv.Append(CsvText.Line([customer.Email, customer.Phone]));
        return csv.ToString();
    }

    /// <summary>Names the normaliser's version too: a hash made under other rules is another file.</summary>
    public static string FileName(AdPlatformKind platform, AudienceBatch batch, LedgerAction action) => string.Create(CultureInfo.InvariantCulture,
        $"{(platform == AdPlatformKind.Google ? "google" : "meta")}-segment-{batch.SegmentId}-run-{batch.RunId:D6}-batch-{batch.Number:D5}-"
        + $"{(action == LedgerAction.Add ? "add" : "remove")}-normalizer-v{CustomerListNormalizer.Version}.csv");
}
