namespace Lodestar.Domain.Privacy;

/// <summary>
/// One consent decision for one identifier (type and normalised value, as the identity graph stores them) and one
/// category. Keyed by identifier rather than profile so that it follows the person through merges and unmerges: a
/// profile's consent is read through the identifiers it owns at the time of reading. Append-only.
/// </summary>
public class ConsentChange
{
    public long Id { get; set; }

    public required string IdentifierType { get; set; }

    public required string IdentifierValue { get; set; }

    /// <summary>The category key, lower-case (configured or not: tracking records what it receives).</summary>
    public required string Category { get; set; }

    public bool Granted { get; set; }

    /// <summary>When the person decided (UTC): the message's timestamp, or when the API or CRM call was made.</summary>
    public DateTime OccurredAt { get; set; }

    public ConsentSource Source { get; set; }

    /// <summary>The message id, CRM contact id or the user who recorded it.</summary>
    public string? Reference { get; set; }
}
