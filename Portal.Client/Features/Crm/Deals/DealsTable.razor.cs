using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Crm.Deals;

/// <summary>A server-paged deal list, narrowed to a pipeline, account or contact when the host page says so.</summary>
public sealed partial class DealsTable
{
    private readonly CrmTable<DealDto> _list = new("deal");
    private string? _q;
    private string? _outcome;
    private long? _loadedPipeline;

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

    /// <summary>Offers the saved views of the deal list (on the deals page).</summary>
    [Parameter]
    public bool SavedViews { get; set; }

    /// <summary>A saved view of another pipeline was chosen: the page shows that pipeline (and passes its id back).</summary>
    [Parameter]
    public EventCallback<long> PipelineRequested { get; set; }

    [Inject]
    private IDealsApi Api { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private bool Filtered => !string.IsNullOrWhiteSpace(_q) || _outcome is not null;

    public Task ReloadAsync() => _list.ReloadAsync();

    /// <summary>The page keeps this table when it switches pipelines: then the new pipeline's deals show, from the first page.</summary>
    protected override Task OnParametersSetAsync() =>
        _loadedPipeline is { } loaded && loaded != PipelineId ? _list.FromFirstPageAsync() : Task.CompletedTask;

    private DealQuery CurrentQuery(int offset = 0, int limit = 25) =>
        new(ContactForm.Clean(_q), PipelineId, null, null, AccountId, ContactId, _outcome, _list.Sort, offset, limit);

    private Task<TableData<DealDto>> LoadAsync(TableState state, CancellationToken cancellationToken) => _list.LoadAsync(state, async (offset, limit) =>
    {
        _loadedPipeline = PipelineId;
        var page = await Api.ListAsync(CurrentQuery(offset, limit), cancellationToken);
        return (page.Items, page.Total);
    }, () => InvokeAsync(StateHasChanged));

    private async Task ApplyAsync(DealQuery view)
    {
        (_q, _outcome) = (view.Q, view.Outcome);
        await _list.SortAsync(view.Sort);
        if (view.PipelineId is { } pipeline && pipeline != PipelineId)
            await PipelineRequested.InvokeAsync(pipeline);
    }

    private Task SearchAsync(string? _) => _list.FromFirstPageAsync();

    private Task OutcomeChangedAsync(string? outcome)
    {
        _outcome = outcome;
        return _list.FromFirstPageAsync();
    }
}
