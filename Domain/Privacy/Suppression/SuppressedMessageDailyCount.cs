namespace Lodestar.Domain.Privacy.Suppression;

/// <summary>How many messages ingestion dropped on a day (UTC, by arrival) because they carried a suppressed identifier; the messages themselves are not kept.</summary>
public class SuppressedMessageDailyCount
{
    /// <summary>Midnight UTC of the day the messages arrived.</summary>
    public DateTime Day { get; set; }

    public long Count { get; set; }
}
