using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Crm.Deals;

/// <summary>A server-paged deal list, narrowed to a pipeline, account or contact when the host page says so.</summary>
public sealed partial class DealsTable
{
    private MudTable<DealDto>? _table;
    private string? _q;
    private string? _outcome;
    private int? _total;
    private string? _error;

    [Parameter]
    public long? PipelineId { get; set; }

    [Parameter]
    public long? AccountId { get; set; }

    [Parameter]
    public long? ContactId { get; set; }

    [Parameter]
    public bool ShowFilters { get; set; } = true;

    [Parameter]
    public int Elevation { get; set; } = 1;

    [Inject]
    private IDealsApi Api { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private bool Filtered => !string.IsNullOrWhiteSpace(_q) || _outcome is not null;

    public Task ReloadAsync() => _table?.ReloadServerData() ?? Task.CompletedTask;

    private async Task<TableData<DealDto>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        var (data, total, error) = await ServerTable.PageAsync(async () =>
        {
            var query = new DealQuery(ContactForm.Clean(_q), PipelineId, null, null, AccountId, ContactId, _outcome,
                CrmSort.Key(state.SortLabel, state.SortDirection), state.Page * state.PageSize, state.PageSize);
            var page = await Api.ListAsync(query, cancellationToken);
            return (page.Items, page.Total);
        });
        (_total, _error) = (total, error);

        await InvokeAsync(StateHasChanged);
        return data;
    }

    private Task SearchAsync(string? _) => FromFirstPageAsync();

    private Task OutcomeChangedAsync(string? outcome)
    {
        _outcome = outcome;
        return FromFirstPageAsync();
    }

    private Task FromFirstPageAsync() => ServerTable.FromFirstPageAsync(_table);
}
