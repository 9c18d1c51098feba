using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Destinations;

/// <summary>Connects segments to a destination through <see cref="ConnectionDialog"/>, and disconnects them after asking.</summary>
public sealed partial class ConnectionsTab
{
    private string? _error;

    [Parameter, EditorRequired]
    public DestinationDto Destination { get; set; } = default!;

    /// <summary>A connection was added, changed or removed: the page reads the destination again.</summary>
    [Parameter]
    public EventCallback Changed { get; set; }

    [Parameter]
    public EventCallback Synced { get; set; }

    [Parameter]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    [Inject]
    private IDestinationsApi Api { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    private DateTime Now => Clock.GetUtcNow().UtcDateTime;

    public static string MappingText(IReadOnlyList<FieldMappingDto> mapping) =>
        mapping.Count == 0 ? "identifiers only" : string.Join(", ", mapping.Select(m => $"{m.Trait} → {m.Field}"));

    private Task ConnectAsync() => OpenAsync(null, $"Connect a segment to {Destination.Name}");

    private Task EditAsync(DestinationConnectionDto connection) => OpenAsync(connection, $"{connection.SegmentName} → {Destination.Name}");

    private async Task OpenAsync(DestinationConnectionDto? existing, string title)
    {
        var parameters = new DialogParameters<ConnectionDialog>
        {
            { d => d.DestinationId, Destination.Id },
            { d => d.Existing, existing },
            { d => d.ConnectedSegmentIds, Destination.Connections.Select(c => c.SegmentId).ToHashSet() },
        };
        var dialog = await Dialogs.ShowAsync<ConnectionDialog>(title, parameters, ConnectionDialog.Options);
        if (await dialog.Result is { Canceled: false, Data: DestinationConnectionDto saved })
        {
            Snackbar.Add(existing is null ? $"{saved.SegmentName} is connected: preview its first sync, or sync it now." : $"{saved.SegmentName} was saved.",
                Severity.Success);
            await Changed.InvokeAsync();
        }
    }

    private async Task DisconnectAsync(DestinationConnectionDto connection)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync($"Disconnect {connection.SegmentName}?",
            $"Nothing more of this segment is sent to {Destination.Name}. The members it already received stay there, and its runs stay in the history.",
            yesText: "Disconnect", cancelText: "Cancel");
        if (confirmed != true)
            return;
        _error = null;
        try
        {
            await Api.DisconnectAsync(Destination.Id, connection.Id);
            Snackbar.Add($"{connection.SegmentName} was disconnected.", Severity.Success);
        }
        catch (ApiException ex)
        {
            _error = ex.Message;
        }

        await Changed.InvokeAsync();
    }
}
