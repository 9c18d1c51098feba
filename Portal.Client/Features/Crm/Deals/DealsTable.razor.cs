using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Crm.Deals;

/// <summary>A server-paged deal list, narrowed to a pipeline, account or contact when the host page says so.</summary>
public sealed partial class DealsTable
{
    private readonly CrmTable<DealDto> _list = new("deal");
    private string? _q;
    private string? _outcome;

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

    public Task ReloadAsync() => _list.ReloadAsync();

    private Task<TableData<DealDto>> LoadAsync(TableState state, CancellationToken cancellationToken) => _list.LoadAsync(state, async (offset, limit) =>
    {
        var page = await Api.ListAsync(new DealQuery(ContactForm.Clean(_q), PipelineId, null, null, AccountId, ContactId, _outcome, _list.Sort, offset, limit), cancellationToken);
        return (page.Items, page.Total);
    }, () => InvokeAsync(StateHasChanged));

    private Task SearchAsync(string? _) => _list.FromFirstPageAsync();

    private Task OutcomeChangedAsync(string? outcome)
    {
        _outcome = outcome;
        return _list.FromFirstPageAsync();
    }
}
