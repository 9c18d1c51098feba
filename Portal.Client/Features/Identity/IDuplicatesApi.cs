namespace Lodestar.Portal.Client.Features.Identity;

/// <summary>The duplicate-suggestion review queue (<c>/api/identity/duplicates</c>), admins only.</summary>
public interface IDuplicatesApi
{
    /// <summary>Pending suggestions at or above a match probability, most probable first.</summary>
    Task<DuplicateListDto> ListAsync(double minProbability, int limit, CancellationToken cancellationToken = default);

    /// <summary>Merges the two profiles (recorded in the merge ledger).</summary>
    /// <returns>The profile both are now.</returns>
    Task<DuplicateDecisionDto> AcceptAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Remembers that they are two people; the pair is not suggested again.</summary>
    Task<DuplicateDecisionDto> RejectAsync(long id, CancellationToken cancellationToken = default);
}
