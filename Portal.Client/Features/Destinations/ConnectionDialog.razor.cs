using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Client.Features.Segments;
using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Destinations;

/// <summary>
/// Connects a segment to a destination, or changes a connection: the traits sent under the destination's field names,
/// the schedule, and whether it syncs. Closes with the saved connection; what the server refuses stays in the dialog.
/// </summary>
public sealed partial class ConnectionDialog
{
    public static readonly DialogOptions Options = new() { MaxWidth = MaxWidth.Medium, FullWidth = true, BackdropClick = false };

    private static readonly string[] Fields = ["segmentId", "mapping", "scheduleMinutes", "enabled"];

    private IReadOnlyList<SegmentListItemDto>? _segments;
    private IReadOnlyList<FieldInfoDto> _traits = [];
    private List<MappingRow> _rows = [];
    private long? _segmentId;
    private int _schedule = 60;
    private bool _enabled = true;
    private FieldErrors _errors = FieldErrors.None;
    private string? _message;
    private bool _saving;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private IDestinationsApi Api { get; set; } = default!;

    [Inject]
    private ISegmentsApi Segments { get; set; } = default!;

    [Parameter, EditorRequired]
    public long DestinationId { get; set; }

    /// <summary>The connection to change; null to connect a segment.</summary>
    [Parameter]
    public DestinationConnectionDto? Existing { get; set; }

    /// <summary>Segments the destination receives already: not offered again.</summary>
    [Parameter]
    public IReadOnlySet<long> ConnectedSegmentIds { get; set; } = new HashSet<long>();

    private List<SegmentListItemDto> Choices =>
        [.. (_segments ?? []).Where(s => s.Id == Existing?.SegmentId || !ConnectedSegmentIds.Contains(s.Id)).OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase)];

    protected override async Task OnInitializedAsync()
    {
        if (Existing is { } connection)
        {
            (_segmentId, _schedule, _enabled) = (connection.SegmentId, connection.ScheduleMinutes, connection.Enabled);
            _rows = [.. connection.Mapping.Select(MappingRow.Of)];
        }

        try
        {
            _segments = await Segments.ListAsync();
        }
        catch (ApiException ex)
        {
            (_segments, _message) = ([], ex.Message);
        }

        try
        {
            _traits = (await Segments.SchemaAsync()).Traits;
        }
        catch (ApiException)
        {
            // Trait names are only suggestions: they can be typed without them.
        }
    }

    private string SegmentLabel(long? id)
    {
        if (id is null)
            return "";
        if (_segments?.FirstOrDefault(s => s.Id == id) is not { } segment)
            return Existing?.SegmentId == id ? Existing.SegmentName : $"Segment {id}";
        return segment.Size is { } size ? $"{segment.Name} ({size:N0})" : segment.Name;
    }

    private async Task SaveAsync()
    {
        (_errors, _message) = (FieldErrors.None, null);
        if (_segmentId is not { } segmentId)
        {
            _errors = new FieldErrors(new Dictionary<string, string[]> { ["segmentId"] = ["Choose the segment to send."] }, Fields);
            return;
        }

        _saving = true;
        try
        {
            var input = new ConnectionInput(segmentId, [.. _rows.Where(r => !r.IsBlank).Select(r => r.ToDto())], _schedule, _enabled);
            var saved = Existing is { } connection
                ? await Api.UpdateConnectionAsync(DestinationId, connection.Id, input)
                : await Api.ConnectAsync(DestinationId, input);
            Dialog.Close(DialogResult.Ok(saved));
        }
        catch (ApiException ex)
        {
            // Mapping problems may name a row (mapping[2].field): they are shown under the mapping as a whole.
            var errors = ex.Errors.GroupBy(e => e.Key.StartsWith("mapping", StringComparison.OrdinalIgnoreCase) ? "mapping" : e.Key)
                .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).ToArray(), StringComparer.OrdinalIgnoreCase);
            _errors = new FieldErrors(errors, Fields);
            _message = ex.Errors.Count == 0 ? ex.Message : _errors.Unplaced.Count > 0 ? $"Nothing was saved: {string.Join(" ", _errors.Unplaced)}" : null;
        }
        finally
        {
            _saving = false;
        }
    }
}
