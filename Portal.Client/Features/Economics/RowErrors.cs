using Lodestar.Portal.Client.Features.Crm.Import;

namespace Lodestar.Portal.Client.Features.Economics;

/// <summary>
/// The economics API names a wrong field of a batch or file as <c>rows[n].field</c> (n: the index in a JSON batch, the
/// line in a CSV file with the header as line 1); this splits such problems by row for the forms and import lists.
/// </summary>
public static class RowErrors
{
    /// <summary>Each <c>rows[n].field</c> problem as a rejected row, in row order.</summary>
    public static IReadOnlyList<ImportRejectionDto> Rejections(IReadOnlyDictionary<string, string[]> errors) =>
        errors.Select(e => (Key: Parse(e.Key), e.Value)).Where(e => e.Key.Row is not null)
            .SelectMany(e => e.Value.Select(m => new ImportRejectionDto(e.Key.Row!.Value, e.Key.Field ?? "row", m)))
            .OrderBy(r => r.Row).ThenBy(r => r.Field, StringComparer.Ordinal).ToList();

    /// <summary>The problems of row <paramref name="index"/> by field name (a problem of the whole row under "row").</summary>
    public static Dictionary<string, string[]> Of(IReadOnlyDictionary<string, string[]> errors, int index) =>
        errors.Select(e => (Key: Parse(e.Key), e.Value)).Where(e => e.Key.Row == index)
            .ToDictionary(e => e.Key.Field ?? "row", e => e.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>The problems that name no row (the file, the batch as a whole).</summary>
    public static IReadOnlyList<string> NotOfRows(IReadOnlyDictionary<string, string[]> errors) =>
        errors.Where(e => Parse(e.Key).Row is null).SelectMany(e => e.Value).ToList();

    private static (int? Row, string? Field) Parse(string key)
    {
        if (!key.StartsWith("rows[", StringComparison.OrdinalIgnoreCase) || key.IndexOf(']', StringComparison.Ordinal) is var close && close < 0
            || !int.TryParse(key.AsSpan(5, close - 5), out var row))
            return (null, null);
        var rest = key[(close + 1)..].TrimStart('.');
        return (row, rest.Length == 0 ? null : rest);
    }
}
