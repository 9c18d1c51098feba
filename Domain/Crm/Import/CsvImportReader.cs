using CsvHelper;

namespace Lodestar.Domain.Crm.Import;

/// <summary>Reads an import file into memory, refusing what no mapping can fix (no header, too many rows).</summary>
public static class CsvImportReader
{
    public const int MaxRows = 100_000;

    /// <exception cref="DomainValidationException">Under <c>file</c>: empty, no header, duplicate headers, too many rows, or unreadable.</exception>
    public static CrmImportTable Read(TextReader text)
    {
        try
        {
            using var csv = CsvReader.Create(text, new CsvReaderOptions(), leaveOpen: true);
            var rows = new List<string[]>();
            while (csv.Read())
            {
                if (rows.Count == MaxRows)
                    throw new DomainValidationException("file", $"The file has more than {MaxRows:N0} rows: split it into several files.");
                var row = new string[csv.FieldCount];
                for (var i = 0; i < row.Length; i++)
                    row[i] = csv.Current.GetString(i);
                rows.Add(row);
            }

            var columns = csv.Headers.Select(h => h.Trim()).ToList();
            if (columns.Count == 0 || columns.All(string.IsNullOrEmpty))
                throw new DomainValidationException("file", "The file is empty or has no header row: the first line must name the columns (e.g. firstName,lastName,email).");
            if (columns.GroupBy(c => c, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
                throw new DomainValidationException("file", $"The header names the column '{twice.Key}' twice: give each column its own name.");
            return new CrmImportTable(columns, rows);
        }
        catch (Exception ex) when (ex is CsvFormatException or CsvValidationException)
        {
            throw new DomainValidationException("file", $"The file is not readable CSV: {ex.Message}");
        }
    }
}
