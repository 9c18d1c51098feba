namespace Lodestar.Portal.Client.Features.Destinations;

/// <summary>One record of a run: what was sent (the payload as sent), when, and the outcome.</summary>
public sealed record LedgerEntryDto(
    long Id,
    long RunId,
    long ProfileId,
    string Action,
    int Batch,
    string Status,
    string? Payload,
    string? Error,
    DateTime? SentAt);
