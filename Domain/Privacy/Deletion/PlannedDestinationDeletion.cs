using Lodestar.Domain.Destinations.Sending;

namespace Lodestar.Domain.Privacy.Deletion;

/// <summary>A destination to ask to delete the person, with the profiles and identifiers it was sent.</summary>
public sealed record PlannedDestinationDeletion(long DestinationId, IReadOnlyList<DeletedMember> Members);
