namespace Lodestar.Portal.Client.Features.Privacy.Deletions;

/// <param name="Action">deleted, anonymised, scrubbed, detached or decremented.</param>
public sealed record DeletionStoreDto(string Store, string Action, long Rows);
