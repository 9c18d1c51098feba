namespace Lodestar.Domain.Destinations;

/// <summary>A segment connected to a destination: what to send of each member (the mapping) and how often.</summary>
public class DestinationConnection
{
    public long Id { get; set; }

    public long DestinationId { get; set; }

    public long SegmentId { get; set; }

    /// <summary>JSON array of <see cref="FieldMapping"/>: which traits are sent, under which names.</summary>
    public required string Mapping { get; set; }

    /// <summary>Minutes between scheduled syncs; 0 syncs only on demand.</summary>
    public int ScheduleMinutes { get; set; }

    public bool Enabled { get; set; }

    public DateTime? LastRunAt { get; set; }

    public DateTime? LastSuccessAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }

    public required string UpdatedBy { get; set; }
}
