namespace Lodestar.Portal.Client.Features.Privacy.Deletions;

/// <summary>What an erasure removed from each store, each destination's status and answer, and the identifiers suppressed.</summary>
public sealed record DeletionReceiptDto(
    int Profiles,
    int Contacts,
    int Events,
    long RowsRemoved,
    IReadOnlyList<DeletionStoreDto> Stores,
    IReadOnlyList<DeletionDestinationDto> Destinations,
    IReadOnlyList<SuppressedHintDto> Suppressed,
    DateTime? StartedAt,
    DateTime? ErasedAt,
    DateTime? CompletedAt);
