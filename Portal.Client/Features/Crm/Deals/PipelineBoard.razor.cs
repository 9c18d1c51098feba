using System.Globalization;
using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Crm.Deals;

/// <summary>
/// The board: loads the pipeline's columns, shows a dropped card in its new column at once, saves the move, and reloads
/// (counts and totals follow); a refused or cancelled move puts the card back and says why.
/// </summary>
public sealed partial class PipelineBoard
{
    private DealBoardDto? _board;
    private List<DealDto> _deals = [];
    private MudDropContainer<DealDto>? _container;
    private string? _error;
    private bool _canEdit;
    private bool _moving;
    private bool _refreshZones;

    [Parameter, EditorRequired]
    public long PipelineId { get; set; }

    [Inject]
    private IDealsApi Api { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? Authentication { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        _canEdit = await CrmPermissions.CanEditAsync(Authorization, Authentication);
        await ReloadAsync();
    }

    public async Task ReloadAsync()
    {
        try
        {
            _board = await Api.BoardAsync(PipelineId);
            _deals = [.. _board.Columns.SelectMany(c => c.Deals)];
        }
        catch (ApiException ex)
        {
            _error = ex.Message;
        }

        // The zones pick their cards when refreshed: after this render, once the container holds the new list.
        _refreshZones = true;
        StateHasChanged();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (!_refreshZones || _container is null)
            return;
        _refreshZones = false;
        _container.Refresh();
    }

    private static string Summary(DealColumnDto column) =>
        (column.Count == 1 ? "1 deal" : $"{column.Count:N0} deals") + (column.Totals.Count == 0 ? "" : " · " + string.Join(" + ", column.Totals.Select(MoneyText.Compact)));

    private async Task DroppedAsync(MudItemDropInfo<DealDto> drop)
    {
        var deal = drop.Item!;
        var stageId = long.Parse(drop.DropzoneIdentifier, CultureInfo.InvariantCulture);
        if (stageId == deal.StageId || _board is null)
            return;
        var stage = _board.Columns.First(c => c.Stage.Id == stageId).Stage;
        string? reason = null;
        if (stage.Outcome != "open")
        {
            var parameters = new DialogParameters<CloseReasonDialog> { { d => d.Deal, deal }, { d => d.Stage, stage } };
            var answer = await (await Dialogs.ShowAsync<CloseReasonDialog>($"Move to {stage.Name}", parameters, CloseReasonDialog.Options)).Result;
            if (answer is not { Canceled: false, Data: string given })
            {
                _container?.Refresh();
                return;
            }

            reason = given;
        }

        await MoveAsync(deal, stage, reason);
    }

    private async Task MoveAsync(DealDto deal, StageDto stage, string? reason)
    {
        var index = _deals.IndexOf(deal);
        _deals[index] = deal with { StageId = stage.Id, StageName = stage.Name };
        _moving = true;
        _container?.Refresh();
        try
        {
            _error = null;
            await Api.MoveAsync(deal.Id, new DealMoveInput(stage.Id, reason));
            Snackbar.Add($"{deal.Name} moved to {stage.Name}.", Severity.Success);
        }
        catch (ApiException ex)
        {
            _error = $"{deal.Name} was not moved: {ex.Message} {string.Join(" ", ex.Errors.SelectMany(e => e.Value))}".Trim();
        }
        finally
        {
            _moving = false;
        }

        await ReloadAsync();
    }
}
