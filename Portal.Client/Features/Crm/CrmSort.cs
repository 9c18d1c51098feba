using MudBlazor;

namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>The list APIs' sort key for a table's sort column and direction.</summary>
public static class CrmSort
{
    /// <returns>The column's key, with a leading <c>-</c> when descending; null when the table is unsorted (the server's default order).</returns>
    public static string? Key(string? label, SortDirection direction) =>
        string.IsNullOrEmpty(label) || direction == SortDirection.None ? null
        : direction == SortDirection.Descending ? "-" + label
        : label;
}
