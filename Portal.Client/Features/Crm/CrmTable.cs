using Lodestar.Portal.Client.Infrastructure;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>
/// What the CRM's server-paged lists share: loading their table's page through the API (keeping the total and a
/// refusal's message), the sort key of the table's sort column, and starting again at the first page when a filter changes.
/// </summary>
/// <param name="noun">What the list counts, singular ("ticket"), for <see cref="TotalText"/>.</param>
public sealed class CrmTable<TDto>(string noun)
{
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
        Sort = CrmSort.Key(state.SortLabel, state.SortDirection);
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
}
