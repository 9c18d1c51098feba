namespace Lodestar.Domain.Destinations.Sending;

/// <summary>
/// One batch of one run. <see cref="IdempotencyKey"/> is the same when a crashed run resends the batch, so a
/// receiver that honours it applies the batch once.
/// </summary>
public sealed record AudienceBatch(
    long RunId,
    int Number,
    string IdempotencyKey,
    long ConnectionId,
    long SegmentId,
    string SegmentName,
    DateTime SentAt,
    IReadOnlyList<AudienceRecord> Records);
