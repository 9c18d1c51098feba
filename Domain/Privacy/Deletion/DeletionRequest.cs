namespace Lodestar.Domain.Privacy.Deletion;

/// <summary>
/// A request to erase a person, named by one identifier, and its receipt. The identifier's value is kept only while the
/// request is being processed; once it completes, the request keeps a masked hint and the hash (as the suppression list does).
/// </summary>
public class DeletionRequest
{
    public long Id { get; set; }

    /// <summary>The identity graph's type of the identifier named (<c>phone</c>, <c>user_id</c>, <c>crm_contact_id</c>, …).</summary>
    public required string IdentifierType { get; set; }

    /// <summary>The normalised value; null once the request has completed.</summary>
    public string? IdentifierValue { get; set; }

    /// <summary>SHA-256 of type and value (see <see cref="Suppression.SuppressionHasher"/>), so a repeated request is recognised.</summary>
    public required string ValueHash { get; set; }

    public required string Hint { get; set; }

    public DeletionMode Mode { get; set; }

    public DeletionStatus Status { get; set; }

    public required string RequestedBy { get; set; }

    public DateTime RequestedAt { get; set; }

    public DateTime? StartedAt { get; set; }

    public DateTime? CompletedAt { get; set; }

    /// <summary>The job processing it (the last one, when it ran more than once).</summary>
    public string? JobId { get; set; }

    public string? Error { get; set; }

    /// <summary>
    /// What processing has learnt and must not forget if it stops half-way (JSON <see cref="DeletionPlan"/>: the person's
    /// identifiers, profiles and what each destination must be asked to delete). Cleared when the request completes.
    /// </summary>
    public string? Plan { get; set; }

    /// <summary>The receipt so far (JSON <see cref="DeletionReceipt"/>).</summary>
    public string? Receipt { get; set; }
}
