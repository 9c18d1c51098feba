namespace Lodestar.Domain.Identity.Duplicates;

/// <summary>The most probable pending suggestions, how many are pending in all, and when they were last computed.</summary>
public sealed record DuplicateReviewPage(IReadOnlyList<DuplicateReview> Items, int Pending, DateTime? RefreshedAt);
