namespace Lodestar.Domain.Audit;

/// <summary>
/// One thing a person (or a script with an API key) did: when, who, what, to what, from where. Append-only: nothing in
/// the application updates or deletes these rows.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }

    /// <summary>When it happened (UTC).</summary>
    public DateTime OccurredAt { get; set; }

    /// <summary><c>user</c>, <c>api-key</c> or <c>system</c>.</summary>
    public required string ActorType { get; set; }

    /// <summary>The user's id, or <c>api-key:{id}</c>; null for a failed sign-in with an unknown email and for system work.</summary>
    public string? ActorId { get; set; }

    /// <summary>The user's email (the one typed, for a failed sign-in) or the API key's name.</summary>
    public required string ActorName { get; set; }

    /// <summary>What was done, as <c>area.verb</c>: <c>auth.sign-in</c>, <c>segment.updated</c>, see <see cref="AuditActions"/>.</summary>
    public required string Action { get; set; }

    public string? TargetType { get; set; }

    public string? TargetId { get; set; }

    /// <summary>The target's name at the time (a segment's name, a user's email), so the entry reads well after it is gone.</summary>
    public string? TargetDisplay { get; set; }

    /// <summary>A short account of the change (JSON or text).</summary>
    public string? Detail { get; set; }

    public string? IpAddress { get; set; }

    public string? UserAgent { get; set; }
}
