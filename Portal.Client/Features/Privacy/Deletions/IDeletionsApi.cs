namespace Lodestar.Portal.Client.Features.Privacy.Deletions;

/// <summary>
/// Erasure of a person and the suppression list (<c>/api/privacy/deletions</c>, <c>/api/privacy/suppressions</c>): admins only.
/// </summary>
public interface IDeletionsApi
{
    /// <summary>Files a request (or returns the one already waiting for the identifier) and queues the privacy-deletion job.</summary>
    Task<DeletionDto> FileAsync(DeletionRequestInput input, CancellationToken cancellationToken = default);

    Task<DeletionDto> GetAsync(long id, CancellationToken cancellationToken = default);

    Task<DeletionListDto> ListAsync(int offset = 0, int limit = 50, CancellationToken cancellationToken = default);

    Task<SuppressionListDto> SuppressionsAsync(int offset = 0, int limit = 50, CancellationToken cancellationToken = default);

    /// <summary>Takes an identifier off the suppression list: its messages are stored again from now on.</summary>
    Task<SuppressionDto> UnsuppressAsync(long id, CancellationToken cancellationToken = default);
}
