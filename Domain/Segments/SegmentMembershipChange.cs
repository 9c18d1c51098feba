namespace Lodestar.Domain.Segments;

/// <summary>
/// A profile entering or leaving a segment at a refresh: the log destination syncs read (entered/exited since their
/// last sync, in <see cref="Id"/> order).
/// </summary>
public class SegmentMembershipChange
{
    public long Id { get; set; }

    public long SegmentId { get; set; }

    public long RefreshId { get; set; }

    public long ProfileId { get; set; }

    public bool Entered { get; set; }

    public DateTime At { get; set; }
}
