namespace Lodestar.Portal.Client.Features.Profiles;

/// <summary>Which merge to undo: by its id in the merge history, or the latest one made by an identifier.</summary>
public sealed record UnmergeRequest(long? MergeId, string? IdentifierType = null, string? IdentifierValue = null);
