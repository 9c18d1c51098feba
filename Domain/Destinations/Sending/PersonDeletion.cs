namespace Lodestar.Domain.Destinations.Sending;

/// <summary>
/// One erasure sent to one destination: each profile of the person the destination was sent, with the identifiers it was
/// sent under. <see cref="IdempotencyKey"/> is the same when the request is processed again.
/// </summary>
public sealed record PersonDeletion(long RequestId, string IdempotencyKey, DateTime SentAt, IReadOnlyList<DeletedMember> Members);
