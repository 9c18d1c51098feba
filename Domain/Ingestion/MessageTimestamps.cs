namespace Lodestar.Domain.Ingestion;

/// <summary>
/// Segment's timestamp rule: when the client says both when the action happened and when it sent the message,
/// its clock skew is removed: <c>timestamp = receivedAt − (sentAt − originalTimestamp)</c>. Without
/// <c>sentAt</c> the client's timestamp stands (a historical import); without either, the time of receipt.
/// </summary>
public static class MessageTimestamps
{
    public static DateTime Resolve(DateTime receivedAt, DateTimeOffset? originalTimestamp, DateTimeOffset? sentAt)
    {
        if (originalTimestamp is null)
            return receivedAt;
        if (sentAt is null)
            return originalTimestamp.Value.UtcDateTime;
        return receivedAt - (sentAt.Value - originalTimestamp.Value);
    }
}
