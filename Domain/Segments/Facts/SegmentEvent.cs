namespace Lodestar.Domain.Segments.Facts;

/// <summary>
/// A track, page or screen event as segments and funnels read it: keyed (and on SQLite stored) in name and time
/// order, with the profile it belongs to and only the parts of the message rules can test (<see cref="Props"/>:
/// <c>{"properties":…,"context":…}</c>), so that "Order Completed in the last 30 days with revenue &gt; 100" reads one
/// narrow range instead of the raw messages. Derived: the identity jobs keep it in step with the events and merges;
/// whoever writes rows stages a new <see cref="SegmentEventsVersion"/> with them (in-memory copies rely on it).
/// </summary>
public class SegmentEvent
{
    public required string Name { get; set; }

    public DateTime Timestamp { get; set; }

    public long EventId { get; set; }

    public long ProfileId { get; set; }

    public required string Props { get; set; }
}
