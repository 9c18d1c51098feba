namespace Lodestar.Domain.Identity;

/// <summary>An identifier the resolver dropped from a message instead of merging, and why (a limit, two userIds).</summary>
public class IdentityConflict
{
    public long Id { get; set; }

    public long EventId { get; set; }

    public required string MessageId { get; set; }

    /// <summary>The profile the message was attributed to.</summary>
    public long? ProfileId { get; set; }

    public required string IdentifierType { get; set; }

    public required string IdentifierValue { get; set; }

    public required string Reason { get; set; }

    public DateTime At { get; set; }
}
