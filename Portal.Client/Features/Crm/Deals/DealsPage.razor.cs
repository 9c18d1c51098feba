using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Crm.Deals;

/// <summary>The deals of a pipeline, as a board (drag to move) or as a list; the view and pipeline are kept in the address.</summary>
public sealed partial class DealsPage
{
    private static readonly List<BreadcrumbItem> Crumbs = [new("CRM", "crm"), new("Deals", null, disabled: true)];
    private IReadOnlyList<PipelineDto>? _pipelines;
    private long _pipelineId;
    private string _view = "board";
    private string? _error;
    private PipelineBoard? _board;
    private DealsTable? _table;

    [Inject]
    private IPipelinesApi Pipelines { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "pipeline")]
    public long? Pipeline { get; set; }

    [SupplyParameterFromQuery(Name = "view")]
    public string? View { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        _view = View == "list" ? "list" : "board";
        try
        {
            _pipelines ??= await Pipelines.ListAsync();
            _pipelineId = _pipelines.FirstOrDefault(p => p.Id == Pipeline)?.Id ?? _pipelines.FirstOrDefault()?.Id ?? 0;
        }
        catch (ApiException ex)
        {
            _error = ex.Message;
        }
    }

    private void PipelineChanged(long id) => Navigation.NavigateTo($"crm/deals?pipeline={id}&view={_view}");

    private void ViewChanged(string view) => Navigation.NavigateTo($"crm/deals?pipeline={_pipelineId}&view={view}");

    private async Task NewAsync()
    {
        var parameters = new DialogParameters<DealDialog> { { d => d.PipelineId, _pipelineId } };
        var result = await (await Dialogs.ShowAsync<DealDialog>("New deal", parameters, DealDialog.Options)).Result;
        if (result is not { Canceled: false })
            return;
        if (_board is not null)
            await _board.ReloadAsync();
        if (_table is not null)
            await _table.ReloadAsync();
    }
}
