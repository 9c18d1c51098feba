namespace Lodestar.Domain.Identity.Duplicates;

/// <summary>A pending suggestion with both profiles as they are now.</summary>
public sealed record DuplicateReview(DuplicateSuggestion Suggestion, Profile Left, Profile Right, IReadOnlyList<Matching.FieldEvidence> Evidence);
