using System.Globalization;
using System.Text;
using Lodestar.Domain.Destinations.Files;
using Lodestar.Domain.Destinations.Sending;
using Lodestar.Domain.Identity;

namespace Lodestar.Domain.Destinations.CsvFile;

/// <summary>
/// A batch as CSV: profile_id, email, phone, user_id, then the mapped fields (in the order they first appear),
/// preceded by an action column (add / remove) in diff files.
/// </summary>
public static class AudienceCsv
{
    private static readonly string[] IdentifierColumns = ["profile_id", IdentifierTypes.Email, IdentifierTypes.Phone, IdentifierTypes.UserId];

    public static string Write(IReadOnlyList<AudienceRecord> records, bool withAction)
    {
        var fields = records.SelectMany(r => r.Fields.Keys).Distinct(StringComparer.Ordinal).ToList();
        var csv = new StringBuilder();
        csv.Append(CsvText.Line(Headers(fields, withAction)));
        foreach (var record in records)
        {
            var row = new List<string?>(fields.Count + 5);
            if (withAction)
                row.Add(record.Action == LedgerAction.Add ? "add" : "remove");
            row.Add(record.ProfileId.ToString(CultureInfo.InvariantCulture));
            row.Add(record.First(IdentifierTypes.Email));
            row.Add(record.First(IdentifierTypes.Phone));
            row.Add(record.First(IdentifierTypes.UserId));
            row.AddRange(fields.Select(f => record.Fields.GetValueOrDefault(f)));
            csv.Append(CsvText.Line(row));
        }

        return csv.ToString();
    }

    /// <summary>A mapped field named like a fixed column (or like another field, ignoring case) gets a _2, _3… suffix.</summary>
    private static List<string> Headers(IEnumerable<string> fields, bool withAction)
    {
        var headers = new List<string>(withAction ? ["action", .. IdentifierColumns] : IdentifierColumns);
        var taken = new HashSet<string>(headers, StringComparer.OrdinalIgnoreCase);
        foreach (var field in fields)
        {
            var name = field;
            for (var n = 2; !taken.Add(name); n++)
                name = $"{field}_{n}";
            headers.Add(name);
        }

        return headers;
    }
}
