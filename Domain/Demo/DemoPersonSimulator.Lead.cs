using Lodestar.Domain.Ingestion;

namespace Lodestar.Domain.Demo;

/// <summary>
/// Where a person lives and was born, and, for a few, a second trace with no identifier in common: a form filled on a
/// work computer under a nickname and a work email. Identity resolution cannot link the two; the duplicate
/// suggestions should. Drawn from a stream of its own so that the rest of the person's year is unchanged.
/// </summary>
internal sealed partial class DemoPersonSimulator
{
    private static readonly string[] Streets = ["High Street", "Oak Avenue", "Mill Lane", "Park Road", "Church Street", "River Drive", "King Street", "Elm Close"];
    private static readonly string[] Cities = ["Springfield", "Riverton", "Lakeside", "Fairview", "Greenville", "Madison"];

    private static readonly Dictionary<string, string> Nicknames = new()
    {
        ["James"] = "Jim", ["William"] = "Bill", ["Benjamin"] = "Ben", ["Alexander"] = "Alex", ["Daniel"] = "Dan",
        ["Michael"] = "Mike", ["Samuel"] = "Sam", ["David"] = "Dave", ["Joseph"] = "Joe", ["Abigail"] = "Abby", ["Isabella"] = "Bella",
    };

    private Random? _home;
    private (string Street, string City, string PostalCode, string Birthday)? _place;

    private Random Home => _home ??= new Random(unchecked(index * 7_919 + 104_729));

    private (string Street, string City, string PostalCode, string Birthday) Place => _place ??= (
        $"{1 + Home.Next(240)} {Streets[Home.Next(Streets.Length)]}",
        Cities[Home.Next(Cities.Length)],
        (10_000 + Home.Next(900) * 10).ToString(System.Globalization.CultureInfo.InvariantCulture),
        anchor.AddYears(-20 - Home.Next(45)).AddDays(-Home.Next(365)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    private void WriteHome(System.Text.Json.Utf8JsonWriter t, bool shortStreet)
    {
        var (street, city, postalCode, _) = Place;
        t.WriteString("street", shortStreet ? street.Replace("Street", "St", StringComparison.Ordinal).Replace("Avenue", "Ave", StringComparison.Ordinal).Replace("Road", "Rd", StringComparison.Ordinal) : street);
        t.WriteString("city", city);
        t.WriteString("postalCode", postalCode);
    }

    /// <summary>For about one signed-up person in 25: the form on the work computer, some days after signing up.</summary>
    private void MaybeFillFormAtWork(string first, string last, DateTime signedUpAt)
    {
        if (!_signedUp || Home.NextDouble() >= 0.04)
            return;
        var at = signedUpAt.AddDays(1 + Home.Next(60)).AddMinutes(Home.Next(600));
        if (at > anchor)
            return;
        Span<byte> bytes = stackalloc byte[16];
        Home.NextBytes(bytes);
        (output.AnonymousId, output.UserId, output.Device) = (new Guid(bytes).ToString(), null, null);
        (output.Campaign, output.CampaignName) = (null, null);
        output.Page(at, "/contact", "Contact sales", null);
        output.Identify(at.AddMinutes(2), t =>
        {
            t.WriteString("firstName", Nicknames.GetValueOrDefault(first, first));
            t.WriteString("lastName", last);
            t.WriteString("email", $"{first[0]}.{last}@{last.ToLowerInvariant()}-works.example".ToLowerInvariant());
            t.WriteString("birthday", Place.Birthday);
            t.WriteStartObject("address");
            WriteHome(t, shortStreet: true);
            t.WriteEndObject();
        });
    }
}
