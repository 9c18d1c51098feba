namespace Lodestar.Domain.Events;

/// <summary>How many events of a type happened on a day (UTC), kept by the event writer in the insert's transaction.</summary>
public class EventDailyCount
{
    /// <summary>Midnight UTC of the day the events happened (their skew-corrected timestamp).</summary>
    public DateTime Day { get; set; }

    public MessageType Type { get; set; }

    public long Count { get; set; }
}
