using Lodestar.Portal.Client.Features.Segments;
using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Paths;

/// <summary>Paths: pick an event, a direction, steps, events per step and days; the answer is a Sankey that can be saved to the dashboard.</summary>
public sealed partial class PathsPage
{
    private PathQueryDto _query = new();
    private PathQueryDto? _ran;
    private PathResultDto? _result;
    private IReadOnlyList<string> _events = [];
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private string? _message;
    private string? _schemaError;
    private bool _running;

    [Inject]
    private IPathsApi Paths { get; set; } = default!;

    [Inject]
    private ISegmentsApi Segments { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    private string? EventName
    {
        get => _query.Event;
        set => _query.Event = value ?? "";
    }

    private DateRange Range => new(_query.From.ToDateTime(TimeOnly.MinValue), _query.To.ToDateTime(TimeOnly.MinValue));

    protected override async Task OnInitializedAsync()
    {
        var today = DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);
        _query = new PathQueryDto { From = today.AddDays(-29), To = today };
        try
        {
            _events = (await Segments.SchemaAsync()).Events;
            _query.Event = _events.FirstOrDefault() ?? "";
        }
        catch (Exception ex) when (ex is ApiException or HttpRequestException)
        {
            _schemaError = ex.Message;
        }
    }

    private Task<IEnumerable<string>> EventNamesAsync() => Task.FromResult<IEnumerable<string>>(_events);

    private string? Problem(string field) => _errors.TryGetValue(field, out var messages) ? messages.FirstOrDefault() : null;

    private void RangeChanged(DateRange? range)
    {
        // The picker sends a half-chosen range while the second day is being picked.
        if (range is { Start: { } start, End: { } end })
            (_query.From, _query.To) = (DateOnly.FromDateTime(start), DateOnly.FromDateTime(end));
    }

    private async Task RunAsync()
    {
        _running = true;
        _message = null;
        _errors = new Dictionary<string, string[]>();
        var query = PathQueries.Copy(_query);
        try
        {
            _result = await Paths.QueryAsync(query);
            _ran = query;
        }
        catch (ApiException ex)
        {
            _errors = ex.Errors;
            _message = ex.Errors.Count > 0 ? "Check the highlighted fields." : ex.Message;
        }
        catch (HttpRequestException ex)
        {
            _message = $"The paths could not be read: {ex.Message}";
        }
        finally
        {
            _running = false;
        }
    }
}
