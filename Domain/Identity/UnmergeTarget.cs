namespace Lodestar.Domain.Identity;

/// <summary>Which merge of a profile to undo: by its ledger id, or the latest one made by an identifier.</summary>
public sealed record UnmergeTarget(long? MergeId, string? IdentifierType = null, string? IdentifierValue = null);
