using System.Globalization;
using Lodestar.Portal.Client.Features.Crm.Deals;
using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Economics.Spend;

/// <summary>
/// Marketing spend a page at a time from the server, filtered by day and channel, with the cost of every matching row
/// per currency; rows are added, corrected and deleted through dialogs.
/// </summary>
public sealed partial class SpendGrid
{
    private static readonly int[] PageSizes = [25, 50, 100];
    private MudDataGrid<SpendRowDto>? _grid;
    private DateTime? _from;
    private DateTime? _to;
    private string? _channel;
    private SpendPageDto? _page;
    private string? _error;

    [Inject]
    private IEconomicsApi Api { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>The currency new rows start with.</summary>
    [Parameter]
    public string DefaultCurrency { get; set; } = "USD";

    private bool Filtered => _from is not null || _to is not null || !string.IsNullOrWhiteSpace(_channel);

    private string TotalText => _page switch
    {
        null or { Total: 0 } => "",
        { CostByCurrency: { Count: > 0 } costs } page =>
            $"{Rows(page.Total)}, total {string.Join(" + ", costs.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => MoneyText.FormatMajor(c.Value, c.Key)))}",
        var page => Rows(page.Total),
    };

    /// <summary>Shows the first page again with what changed (after an import).</summary>
    public Task ReloadAsync() => FromFirstPageAsync();

    private async Task<GridData<SpendRowDto>> LoadAsync(GridState<SpendRowDto> state, CancellationToken cancellationToken)
    {
        try
        {
            _error = null;
            _page = await Api.ListSpendAsync(Day(_from), Day(_to), string.IsNullOrWhiteSpace(_channel) ? null : _channel.Trim(),
                state.Page * state.PageSize, state.PageSize, cancellationToken);
            return new GridData<SpendRowDto> { Items = _page.Items, TotalItems = _page.Total };
        }
        catch (ApiException ex)
        {
            (_error, _page) = (ex.Message, null);
            return new GridData<SpendRowDto> { Items = [], TotalItems = 0 };
        }
        finally
        {
            StateHasChanged();
        }
    }

    private Task FromChangedAsync(DateTime? from)
    {
        _from = from;
        return FromFirstPageAsync();
    }

    private Task ToChangedAsync(DateTime? to)
    {
        _to = to;
        return FromFirstPageAsync();
    }

    private Task ChannelChangedAsync(string? _) => FromFirstPageAsync();

    /// <summary>New filters start at the first page: the page the person was on may not exist any more.</summary>
    private Task FromFirstPageAsync()
    {
        if (_grid is null)
            return Task.CompletedTask;
        if (_grid.CurrentPage == 0)
            return _grid.ReloadServerData();
        _grid.NavigateTo(Page.First);
        return Task.CompletedTask;
    }

    private async Task AddAsync()
    {
        var parameters = new DialogParameters<SpendDialog> { { d => d.DefaultCurrency, DefaultCurrency } };
        if (await (await Dialogs.ShowAsync<SpendDialog>("Add spend", parameters, SpendDialog.Options)).Result is { Canceled: false, Data: int added })
        {
            Snackbar.Add(added == 1 ? "Added 1 spend row." : $"Added {added} spend rows.", Severity.Success);
            await FromFirstPageAsync();
        }
    }

    private async Task EditAsync(SpendRowDto row)
    {
        var parameters = new DialogParameters<SpendDialog> { { d => d.Existing, row } };
        if (await (await Dialogs.ShowAsync<SpendDialog>("Edit spend", parameters, SpendDialog.Options)).Result is { Canceled: false })
            await _grid!.ReloadServerData();
    }

    private async Task DeleteAsync(SpendRowDto row)
    {
        var what = $"{MoneyText.FormatMajor(row.Cost, row.Currency)} on {row.Channel}{(row.Campaign is null ? "" : $" ({row.Campaign})")} on {row.Date}";
        if (await Dialogs.ShowMessageBoxAsync("Delete this spend row?", $"{what} is removed; the dashboard's CAC no longer counts it.",
                yesText: "Delete", cancelText: "Cancel") != true)
            return;
        try
        {
            await Api.DeleteSpendAsync(row.Id);
            Snackbar.Add("Spend row deleted.", Severity.Success);
        }
        catch (ApiException ex)
        {
            _error = ex.Message;
        }

        await _grid!.ReloadServerData();
    }

    private static string Rows(int n) => n == 1 ? "1 row" : $"{n:N0} rows";

    private static string? Day(DateTime? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
