namespace Lodestar.Domain.Identity.Duplicates;

/// <summary>A pending suggestion with both profiles as they are now, and the CRM contacts each side holds.</summary>
public sealed record DuplicateReview(DuplicateSuggestion Suggestion, Profile Left, Profile Right, IReadOnlyList<Matching.FieldEvidence> Evidence)
{
    public IReadOnlyList<DuplicateContact> LeftContacts { get; init; } = [];

    public IReadOnlyList<DuplicateContact> RightContacts { get; init; } = [];
}
