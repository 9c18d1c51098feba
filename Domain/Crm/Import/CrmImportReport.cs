namespace Lodestar.Domain.Crm.Import;

/// <summary>
/// What an import did or would do: the mapping used (field → column), the rows read, the first rows as they would be
/// stored, and every rejected row. <see cref="Imported"/> is 0 when anything was rejected or it was a preview.
/// </summary>
public sealed record CrmImportReport(
    CrmImportKind Kind,
    IReadOnlyList<string> Columns,
    IReadOnlyDictionary<string, string> Mapping,
    int Rows,
    int Imported,
    bool Preview,
    IReadOnlyList<IReadOnlyDictionary<string, string?>> Sample,
    IReadOnlyList<CrmImportRejection> Rejected);
