using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Insights;

/// <summary>
/// The signed-in person's dashboard: their saved insights as cards from the stored results (fast: nothing is
/// recomputed on open), each saying when it was computed; cards never computed are refreshed once on open.
/// </summary>
public sealed partial class DashboardPage
{
    private List<DashboardItemDto> _items = [];
    private readonly HashSet<long> _refreshing = [];
    private readonly Dictionary<long, string> _cardErrors = [];
    private bool _loading = true;
    private string? _message;

    [Inject]
    private IDashboardsApi Dashboards { get; set; } = default!;

    [Inject]
    private IInsightsApi Insights { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        try
        {
            _items = [.. (await Dashboards.MineAsync()).Items];
        }
        catch (Exception ex) when (ex is ApiException or HttpRequestException)
        {
            _message = $"The dashboard could not be loaded: {ex.Message}";
        }
        finally
        {
            _loading = false;
        }

        await Task.WhenAll(_items.Where(i => i.Insight.ComputedAt is null).Select(i => RefreshAsync(i.Insight.Id)).ToList());
    }

    private static int Columns(DashboardItemSize size) => size switch
    {
        DashboardItemSize.Small => 4,
        DashboardItemSize.Medium => 6,
        _ => 12,
    };

    private async Task RefreshAsync(long id)
    {
        if (!_refreshing.Add(id))
            return;
        _cardErrors.Remove(id);
        StateHasChanged();
        try
        {
            var fresh = await Insights.RefreshAsync(id);
            var index = _items.FindIndex(i => i.Insight.Id == id);
            if (index >= 0)
                _items[index] = _items[index] with { Insight = fresh };
        }
        catch (Exception ex) when (ex is ApiException or HttpRequestException)
        {
            _cardErrors[id] = ex.Message;
        }
        finally
        {
            _refreshing.Remove(id);
            StateHasChanged();
        }
    }

    private Task MoveAsync(int index, int step)
    {
        var items = new List<DashboardItemDto>(_items);
        (items[index], items[index + step]) = (items[index + step], items[index]);
        return SaveAsync(items);
    }

    private Task ResizeAsync(int index, DashboardItemSize size)
    {
        var items = new List<DashboardItemDto>(_items);
        items[index] = items[index] with { Size = size };
        return SaveAsync(items);
    }

    private async Task DeleteAsync(long id)
    {
        var name = _items.First(i => i.Insight.Id == id).Insight.Name;
        var sure = await Dialogs.ShowMessageBoxAsync("Delete the insight?", $"“{name}” is deleted for good and leaves the dashboard.",
            yesText: "Delete", cancelText: "Cancel");
        if (sure != true)
            return;
        try
        {
            await Insights.DeleteAsync(id);
            _items.RemoveAll(i => i.Insight.Id == id);
        }
        catch (Exception ex) when (ex is ApiException or HttpRequestException)
        {
            _message = $"The insight could not be deleted: {ex.Message}";
        }
    }

    private async Task SaveAsync(List<DashboardItemDto> items)
    {
        _message = null;
        try
        {
            var saved = await Dashboards.SaveMineAsync(new DashboardInput([.. items.Select(i => new DashboardItemInput(i.Insight.Id, i.Size))]));
            _items = [.. saved.Items];
        }
        catch (Exception ex) when (ex is ApiException or HttpRequestException)
        {
            _message = $"The dashboard could not be arranged: {ex.Message}";
        }
    }
}
