using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace Lodestar.Portal.Client.Features.Destinations;

/// <summary>
/// The next sync of one connection (the first one at first): how many members it adds and removes, who is left out for
/// lack of consent, and a sample of the records as they would be sent. Computed again after a sync.
/// </summary>
public sealed partial class PreviewTab
{
    private long _connectionId;
    private SyncPreviewDto? _preview;
    private string? _error;
    private bool _loading;

    [Parameter, EditorRequired]
    public DestinationDto Destination { get; set; } = default!;

    [Parameter]
    public EventCallback Synced { get; set; }

    [Parameter]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    [Inject]
    private IDestinationsApi Api { get; set; } = default!;

    public static string Summary(SyncPreviewDto preview) =>
        $"Next sync: {preview.Adds:N0} {(preview.Adds == 1 ? "add" : "adds")}, {preview.Removes:N0} {(preview.Removes == 1 ? "remove" : "removes")}"
        + (preview.Full ? " (full first sync)" : "");

    protected override async Task OnInitializedAsync()
    {
        if (Destination.Connections.Count == 0)
            return;
        _connectionId = Destination.Connections[0].Id;
        await LoadAsync();
    }

    private async Task ChooseAsync(long connectionId)
    {
        _connectionId = connectionId;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        (_loading, _error) = (true, null);
        try
        {
            _preview = await Api.PreviewAsync(Destination.Id, _connectionId);
        }
        catch (ApiException ex)
        {
            (_preview, _error) = (null, ex.Message);
        }
        finally
        {
            _loading = false;
        }
    }

    private async Task SyncedAsync()
    {
        await Synced.InvokeAsync();
        await LoadAsync();
    }

    private string ConnectionName(long id) => Destination.Connections.FirstOrDefault(c => c.Id == id)?.SegmentName ?? "";

    private static bool IsRemove(SyncPreviewRecordDto record) => record.Action.Equals("remove", StringComparison.OrdinalIgnoreCase);

    private static string Members(int n) => n == 1 ? "1 member" : $"{n:N0} members";

    private static string SampleTitle(SyncPreviewDto preview) =>
        preview.Sample.Count < preview.Adds + preview.Removes ? $"A sample of {preview.Sample.Count:N0} records, as they would be sent" : "The records, as they would be sent";
}
