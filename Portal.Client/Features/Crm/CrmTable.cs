using Lodestar.Portal.Client.Infrastructure;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>
/// What the CRM's server-paged lists share: loading their table's page through the API (keeping the total and a
/// refusal's message), the sort key of the table's sort column, starting again at the first page when a filter changes,
/// and sorting as a saved view says.
/// </summary>
/// <param name="noun">What the list counts, singular ("ticket"), for <see cref="TotalText"/>.</param>
public sealed class CrmTable<TDto>(string noun)
{
    /// <summary>A saved view's sort key that no column of the table offers: kept until the person sorts by a column.</summary>
    private string? _sortWithoutColumn;

    /// <summary>The table (bound with <c>@ref</c>).</summary>
    public MudTable<TDto>? Table { get; set; }

    /// <summary>The API's sort key for the table's sort column; null while unsorted (the server's default order).</summary>
    public string? Sort { get; private set; }

    public int? Total { get; private set; }

    public string? Error { get; private set; }

    public string TotalText => Total switch
    {
        null => "",
        1 => $"1 {noun}",
        var n => $"{n:N0} {noun}s",
    };

    /// <param name="page">Lists one page (offset, limit) as filtered now, sorted by <see cref="Sort"/>.</param>
    /// <param name="render">Re-renders the list's component: the total (and whatever follows the query) changes with the page.</param>
    public async Task<TableData<TDto>> LoadAsync(TableState state, Func<int, int, Task<(IReadOnlyList<TDto> Items, int Total)>> page, Func<Task> render)
    {
        var shown = CrmSort.Key(state.SortLabel, state.SortDirection);
        if (shown is not null)
            _sortWithoutColumn = null;
        Sort = shown ?? _sortWithoutColumn;
        TableData<TDto> data;
        try
        {
            Error = null;
            var (items, total) = await page(state.Page * state.PageSize, state.PageSize);
            (Total, data) = (total, new TableData<TDto> { Items = items, TotalItems = total });
        }
        catch (ApiException ex)
        {
            (Error, Total, data) = (ex.Message, null, new TableData<TDto> { Items = [], TotalItems = 0 });
        }

        await render();
        return data;
    }

    /// <summary>New filters start at the first page: the page the person was on may not exist any more.</summary>
    public Task FromFirstPageAsync()
    {
        if (Table is null)
            return Task.CompletedTask;
        if (Table.CurrentPage == 0)
            return Table.ReloadServerData();
        Table.NavigateTo(0);
        return Task.CompletedTask;
    }

    public Task ReloadAsync() => Table?.ReloadServerData() ?? Task.CompletedTask;

    /// <summary>
    /// Sorts by <paramref name="sort"/> (an API sort key, <c>-</c> for descending; null: the server's order) as its column's
    /// label would, and shows the first page with the filters as they are now.
    /// </summary>
    public async Task SortAsync(string? sort)
    {
        Sort = sort;
        if (Table is null)
            return;
        var key = sort?.TrimStart('-');
        var label = Table.Context.SortLabels.FirstOrDefault(l => l.SortLabel == key);
        _sortWithoutColumn = label is null ? sort : null;
        var target = label is null ? SortDirection.None : sort!.StartsWith('-') ? SortDirection.Descending : SortDirection.Ascending;
        var column = label ?? Table.Context.CurrentSortLabel;
        var loaded = false;
        // A label changes direction only by toggling (none → ascending → descending → none); each toggle loads the page.
        for (var i = 0; column is not null && column.SortDirection != target && i < 3; i++)
        {
            await column.ToggleSortDirection();
            loaded = true;
        }

        if (!loaded || Table.CurrentPage != 0)
            await FromFirstPageAsync();
    }
}
