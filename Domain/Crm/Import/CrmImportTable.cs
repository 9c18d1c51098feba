namespace Lodestar.Domain.Crm.Import;

/// <summary>A CSV file as read: its header and its rows (row 1 is the first after the header).</summary>
public sealed record CrmImportTable(IReadOnlyList<string> Columns, IReadOnlyList<string[]> Rows);
