using System.Globalization;
using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Lodestar.Portal.Client.Features.Economics.Dashboard;

/// <summary>
/// The executive dashboard. The period and channel live in the address (?from=YYYY-MM&amp;to=YYYY-MM&amp;channel=…), so a
/// reload or a shared link shows the same view.
/// </summary>
public partial class EconomicsPage
{
    private EconomicsDashboardDto? _dashboard;
    private bool _loading;
    private string? _error;
    private int _generation;

    [Inject] private IEconomicsDashboardApi Api { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Inject] private IJSRuntime JS { get; set; } = default!;

    [Inject] private TimeProvider Time { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "from")] public string? FromMonth { get; set; }

    [SupplyParameterFromQuery(Name = "to")] public string? ToMonth { get; set; }

    [SupplyParameterFromQuery(Name = "channel")] public string? Channel { get; set; }

    [Parameter] public TimeSpan JobPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _loading = true;
        _error = null;
        try
        {
            _dashboard = await Api.GetAsync(FromMonth, ToMonth, Channel);
            _generation++;
        }
        catch (ApiException ex)
        {
            _error = ex.Message;
        }
        finally
        {
            _loading = false;
        }
    }

    private void Filter((DateOnly From, DateOnly To, string? Channel) filter)
    {
        var (from, to) = filter.From <= filter.To ? (filter.From, filter.To) : (filter.To, filter.From);
        Navigation.NavigateTo("/economics?" + QueryStrings.Of(("from", Month(from)), ("to", Month(to)), ("channel", filter.Channel)));
    }

    private async Task ExportAsync()
    {
        if (_dashboard is not { } d)
            return;
        await using var module = await JS.InvokeAsync<IJSObjectReference>("import", "./js/download.js");
        await module.InvokeVoidAsync("saveText", $"economics-{d.From}-{d.To}{(d.Channel is null ? "" : "-" + d.Channel)}.csv", "text/csv", DashboardCsv.Of(d));
    }

    private string Computed(EconomicsDashboardDto d)
    {
        var model = d.Attribution + " attribution · " + d.Currency;
        if (d.ComputedAt is not { } at)
            return "Not computed yet · " + model;
        var age = Time.GetUtcNow().UtcDateTime - at;
        var ago = age.TotalMinutes < 1 ? "just now" : age.TotalHours < 1 ? $"{(int)age.TotalMinutes} min ago" : age.TotalDays < 1 ? $"{(int)age.TotalHours} h ago" : $"{(int)age.TotalDays} days ago";
        return $"Computed {ago} ({at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC) · {model}";
    }

    private static DateTime? Start(string month) =>
        DateTime.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
