using Lodestar.Domain.Crm.Import;

namespace Lodestar.Domain.Economics.Import;

/// <summary>
/// A CSV file of the economics imports: read like the CRM imports, columns found by name whatever their case,
/// underscores or spaces (order_id, Order ID and orderId are one column).
/// </summary>
public sealed class EconomicsCsv
{
    private readonly Dictionary<string, int> _columnOf;

    private EconomicsCsv(CrmImportTable table, Dictionary<string, int> columnOf)
    {
        Table = table;
        _columnOf = columnOf;
    }

    public CrmImportTable Table { get; }

    /// <exception cref="DomainValidationException">Under <c>file</c>: unreadable, no rows, or a required column missing.</exception>
    public static EconomicsCsv Read(TextReader file, IReadOnlyList<string> required, IReadOnlyList<string> optional)
    {
        var table = CsvImportReader.Read(file);
        var columnOf = required.Concat(optional).ToDictionary(c => c, c => IndexOf(table.Columns, c), StringComparer.Ordinal);
        var missing = required.Where(c => columnOf[c] < 0).ToList();
        if (missing.Count > 0)
            throw new DomainValidationException("file",
                $"The file has no column {string.Join(", ", missing)}: the header must name {string.Join(", ", required)} (and may name {string.Join(", ", optional)}).");
        if (table.Rows.Count == 0)
            throw new DomainValidationException("file", "The file has a header but no rows.");
        return new EconomicsCsv(table, columnOf);
    }

    /// <summary>The row's text in a column, or null when the file has no such column.</summary>
    public string? Cell(string[] row, string column) => _columnOf[column] is var i && i >= 0 && i < row.Length ? row[i] : null;

    /// <summary>The key under which a row's field problems are reported: its line in the file (the header is line 1).</summary>
    public static string RowKey(int rowIndex) => $"rows[{rowIndex + 2}]";

    private static int IndexOf(IReadOnlyList<string> columns, string name)
    {
        var wanted = Squeeze(name);
        for (var i = 0; i < columns.Count; i++)
            if (string.Equals(Squeeze(columns[i]), wanted, StringComparison.OrdinalIgnoreCase))
                return i;
        return -1;
    }

    private static string Squeeze(string name) => name.Replace("_", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
}
