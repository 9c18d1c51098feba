namespace Lodestar.Domain.Privacy.Suppression;

/// <summary>
/// An identifier whose messages ingestion drops, because its person was erased. Only the SHA-256 of the normalised
/// value is kept (see <see cref="SuppressionHasher"/>): after an erasure the database must not hold the identifier any
/// more, yet later messages carrying it must still be recognised. <see cref="Hint"/> is a masked form for people.
/// </summary>
public class SuppressedIdentifier
{
    public long Id { get; set; }

    /// <summary>The identity graph's type (<c>email</c>, <c>phone</c>, <c>user_id</c>, <c>anonymous_id</c>, …).</summary>
    public required string IdentifierType { get; set; }

    /// <summary>Lower-case hex SHA-256 of type and normalised value.</summary>
    public required string ValueHash { get; set; }

    /// <summary>What people see: a few characters of the value, the rest masked (<c>j•••@e•••.com</c>).</summary>
    public required string Hint { get; set; }

    /// <summary>The deletion request that added it; null when an admin added it otherwise.</summary>
    public long? DeletionRequestId { get; set; }

    public DateTime CreatedAt { get; set; }

    public required string CreatedBy { get; set; }
}
