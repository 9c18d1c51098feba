using Lodestar.Domain.Identity.Matching;

namespace Lodestar.Domain.Tests.Identity.Matching;

/// <summary>
/// The Febrl synthetic person data sets (copies of ../shared/data/febrl in Identity/Matching/Data) and their truth: records whose
/// rec_id share &lt;n&gt; in rec-&lt;n&gt;-org / rec-&lt;n&gt;-dup-&lt;k&gt; are one person. soc_sec_id is not loaded:
/// a near-unique id would make matching trivial, and CRM contacts have nothing like it.
/// </summary>
internal static class FebrlData
{
    private static readonly string Folder = FindFolder();

    public static IReadOnlyList<PersonRecord> Load(int dataset)
    {
        var lines = File.ReadAllLines(Path.Combine(Folder, $"febrl_dataset{dataset}.csv"));
        var header = lines[0].Split(',').Select(h => h.Trim()).ToList();
        int Column(string name)
        {
            var index = header.IndexOf(name);
            return index >= 0 ? index : throw new InvalidDataException($"febrl_dataset{dataset}.csv has no column {name}.");
        }

        var columns = new[]
        {
            "rec_id", "given_name", "surname", "street_number", "address_1", "address_2", "suburb", "postcode", "state", "date_of_birth",
        }.Select(Column).ToArray();

        var records = new List<PersonRecord>(lines.Length - 1);
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var cells = line.Split(',');
            string? At(int c) => cells[columns[c]].Trim() is { Length: > 0 } value ? value : null;
            records.Add(new PersonRecord(At(0)!, At(1), At(2), At(3), At(4), At(5), At(6), At(7), At(8), At(9)));
        }

        return records;
    }

    /// <summary>Every pair of records of one person, as (smaller id, larger id).</summary>
    public static HashSet<(string, string)> TruePairs(IEnumerable<PersonRecord> records)
    {
        var pairs = new HashSet<(string, string)>();
        foreach (var person in records.GroupBy(r => r.Id.Split('-')[1]))
        {
            var ids = person.Select(r => r.Id).Order(StringComparer.Ordinal).ToArray();
            for (var a = 0; a < ids.Length; a++)
            {
                for (var b = a + 1; b < ids.Length; b++)
                    pairs.Add((ids[a], ids[b]));
            }
        }

        return pairs;
    }

    public static (string, string) Key(DuplicatePair pair) =>
        string.CompareOrdinal(pair.Left.Id, pair.Right.Id) < 0 ? (pair.Left.Id, pair.Right.Id) : (pair.Right.Id, pair.Left.Id);

    /// <summary>Precision, recall and F1 of the suggested pairs against the truth.</summary>
    public static (double Precision, double Recall, double F1) Score(IReadOnlyList<DuplicatePair> found, HashSet<(string, string)> truth)
    {
        var correct = found.Count(p => truth.Contains(Key(p)));
        var precision = found.Count == 0 ? 0 : (double)correct / found.Count;
        var recall = truth.Count == 0 ? 0 : (double)correct / truth.Count;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }

    /// <summary>The copies beside the test binaries (see the project file).</summary>
    private static string FindFolder()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Identity", "Matching", "Data");
        return Directory.Exists(folder) ? folder
            : throw new DirectoryNotFoundException($"No Identity/Matching/Data folder in {AppContext.BaseDirectory}: the test project copies Identity/Matching/Data/*.csv there.");
    }
}
