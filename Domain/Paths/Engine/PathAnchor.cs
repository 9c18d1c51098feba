namespace Lodestar.Domain.Paths.Engine;

/// <summary>
/// A person's first chosen event in the range. <paramref name="StoredTime"/> is the time exactly as SQLite stores it
/// (text), so that seeking to it compares like with like; null on SQL Server.
/// </summary>
internal readonly record struct PathAnchor(DateTime Timestamp, long EventId, string? StoredTime)
{
    public int CompareTo(DateTime timestamp, long eventId) =>
        Timestamp != timestamp ? Timestamp.CompareTo(timestamp) : EventId.CompareTo(eventId);
}
