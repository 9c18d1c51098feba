namespace Lodestar.Portal.Client.Features.Crm.Import;

/// <summary>
/// What an import did or would do: the file's columns, the mapping used (field → column), the rows read, the first rows
/// as they would be stored, and the rejected rows. <see cref="Imported"/> is 0 for a preview or when any row was rejected.
/// </summary>
public sealed record ImportReportDto(
    string Kind,
    IReadOnlyList<string> Columns,
    IReadOnlyDictionary<string, string> Mapping,
    int Rows,
    int Imported,
    bool Preview,
    IReadOnlyList<IReadOnlyDictionary<string, string?>> Sample,
    IReadOnlyList<ImportRejectionDto> Rejected);
