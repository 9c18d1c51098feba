using System.Diagnostics;
using System.Text;
using Lodestar.Domain.Crm.Import;
using Lodestar.Domain.Identity.Matching;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Benchmarks;

/// <summary>
/// R1's import: a CSV of 20,000 new contacts (the same people under new external ids and work addresses, since the
/// duplicate generator's typos make some of its emails invalid) into the R1 CRM, timed end to end.
/// </summary>
internal static class CrmR1Import
{
    public static async Task<(int Rows, TimeSpan Elapsed)> RunAsync(ServiceProvider provider, IReadOnlyList<PersonRecord> people)
    {
        var csv = new StringBuilder("externalId,firstName,lastName,email,phone,street,streetNumber,city,postcode,state\n");
        for (var i = 0; i < people.Count; i++)
        {
            var p = people[i];
            csv.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"IMP-{i + 1},{Field(p.GivenName ?? "Unknown")},{Field(p.Surname ?? "Unknown")},{Field($"{Letters(p.GivenName)}.{Letters(p.Surname)}.{i + 1}@import.example")},{Field(p.Phone)},{Field(p.Address1)},{Field(p.StreetNumber)},{Field(p.Suburb)},{Field(p.Postcode)},{Field(p.State)}\n");
        }

        var imports = provider.GetRequiredService<CrmImportService>();
        var watch = Stopwatch.StartNew();
        var report = await imports.ImportAsync(CrmImportKind.Contacts, new StringReader(csv.ToString()), null, false, "bench", "r1.csv", CancellationToken.None);
        watch.Stop();
        if (report.Rejected.Count > 0)
            Console.WriteLine($"  import rejected {report.Rejected.Count} rows, e.g. row {report.Rejected[0].Row} {report.Rejected[0].Field}: {report.Rejected[0].Message}");
        return (report.Imported, watch.Elapsed);
    }

    private static string Letters(string? name) => new string((name ?? "x").Where(char.IsAsciiLetter).ToArray()).ToLowerInvariant() is { Length: > 0 } l ? l : "x";

    private static string Field(string? value) =>
        value is null ? "" : value.Contains(',') || value.Contains('"') ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
