namespace Lodestar.Portal.Client.Features.Segments.Builder;

/// <summary>
/// What every editor in the builder shares: the schema it offers names from, the messages of the current rule, the
/// property paths of events (asked once per event name) and the one way to report an edit.
/// </summary>
public sealed class BuilderContext(ISegmentsApi api, Func<Task> changed)
{
    private readonly Dictionary<string, Task<IReadOnlyList<FieldInfoDto>>> _properties = new(StringComparer.Ordinal);

    public SegmentSchemaDto Schema { get; set; } = Empty;

    public RuleErrors Errors { get; set; } = RuleErrors.None;

    /// <summary>How many conditions the whole rule has (adding stops at the limit).</summary>
    public int Conditions { get; set; }

    /// <summary>The segment being edited: it cannot be a condition of itself.</summary>
    public long? SegmentId { get; set; }

    public static SegmentSchemaDto Empty { get; } = new([], [], [], [], []);

    /// <summary>Re-checks the rule, updates the summary and schedules the audience size.</summary>
    public Task ChangedAsync() => changed();

    /// <summary>The property paths seen on this event; none when the event is unknown or the server cannot say.</summary>
    public async Task<IReadOnlyList<FieldInfoDto>> PropertiesOfAsync(string? eventName)
    {
        if (string.IsNullOrWhiteSpace(eventName))
            return [];
        var name = eventName.Trim();
        if (!_properties.TryGetValue(name, out var task))
            _properties[name] = task = LoadAsync(name);
        return await task;
    }

    private async Task<IReadOnlyList<FieldInfoDto>> LoadAsync(string eventName)
    {
        try
        {
            return await api.EventPropertiesAsync(eventName);
        }
        catch (Infrastructure.ApiException)
        {
            // Suggestions only: any path can still be typed.
            return [];
        }
    }
}
