namespace Lodestar.Portal.Client.Features.Privacy.Deletions;

/// <param name="Hint">The identifier masked (the value itself is never shown, and is forgotten once the request completes).</param>
/// <param name="Mode">delete or anonymise.</param>
/// <param name="Status">queued, running, completed or failed.</param>
public sealed record DeletionDto(
    long Id,
    string IdentifierType,
    string Hint,
    string Mode,
    string Status,
    string RequestedBy,
    DateTime RequestedAt,
    DateTime? StartedAt,
    DateTime? CompletedAt,
    string? JobId,
    string? Error,
    DeletionReceiptDto Receipt);
