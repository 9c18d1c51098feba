using Lodestar.Portal.Client.Infrastructure;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>What the CRM's server-paged tables share: fetching a page (a refusal becomes the table's message) and starting over at page one.</summary>
public static class ServerTable
{
    public static async Task<(TableData<T> Data, int? Total, string? Error)> PageAsync<T>(Func<Task<(IReadOnlyList<T> Items, int Total)>> fetch)
    {
        try
        {
            var (items, total) = await fetch();
            return (new TableData<T> { Items = items, TotalItems = total }, total, null);
        }
        catch (ApiException ex)
        {
            return (new TableData<T> { Items = [], TotalItems = 0 }, null, ex.Message);
        }
    }

    /// <summary>New filters start at the first page: the page the person was on may not exist any more.</summary>
    public static Task FromFirstPageAsync<T>(MudTable<T>? table)
    {
        if (table is null)
            return Task.CompletedTask;
        if (table.CurrentPage == 0)
            return table.ReloadServerData();
        table.NavigateTo(0);
        return Task.CompletedTask;
    }
}
