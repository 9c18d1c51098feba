namespace Lodestar.Domain.Destinations;

/// <summary>
/// A profile the destination holds for a connection, as far as we know: added by a successful add, deleted by a
/// successful remove. The next sync's diff is the segment's members against these.
/// </summary>
public class DestinationMember
{
    public long ConnectionId { get; set; }

    public long ProfileId { get; set; }

    public DateTime SentAt { get; set; }
}
