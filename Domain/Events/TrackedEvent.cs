namespace Lodestar.Domain.Events;

/// <summary>
/// One accepted tracking message. Append-only: <see cref="Raw"/> keeps the whole message (as received, with the
/// server's enrichments), the other columns are promoted from it so that queries can filter and index on them.
/// </summary>
public class TrackedEvent
{
    public long Id { get; set; }

    public required string MessageId { get; set; }

    public int SourceId { get; set; }

    public MessageType Type { get; set; }

    /// <summary>The track event name, or the page / screen name.</summary>
    public string? Name { get; set; }

    public string? UserId { get; set; }

    public string? AnonymousId { get; set; }

    public string? GroupId { get; set; }

    public string? PreviousId { get; set; }

    /// <summary>Email found in traits, context traits or properties: an identifier for identity resolution.</summary>
    public string? Email { get; set; }

    /// <summary>Phone found in traits, context traits or properties, as sent (normalised by identity resolution).</summary>
    public string? Phone { get; set; }

    /// <summary><c>context.device.id</c> of mobile libraries.</summary>
    public string? DeviceId { get; set; }

    /// <summary><c>context.externalIds</c> as JSON, when the message has any.</summary>
    public string? ExternalIds { get; set; }

    /// <summary>Skew-corrected time of the action (UTC).</summary>
    public DateTime Timestamp { get; set; }

    /// <summary>The client's own clock reading, when it sent one.</summary>
    public DateTime? OriginalTimestamp { get; set; }

    public DateTime? SentAt { get; set; }

    public DateTime ReceivedAt { get; set; }

    public string? CampaignSource { get; set; }

    public string? CampaignMedium { get; set; }

    public string? CampaignName { get; set; }

    public string? Referrer { get; set; }

    public required string Raw { get; set; }

    /// <summary>
    /// <c>context.consent.categoryPreferences</c>, carried from the normaliser to the writer so that consent changes
    /// commit in the same transaction as the message. Not a column: the raw message keeps it.
    /// </summary>
    public Privacy.ConsentPreference[]? Consent { get; set; }
}
