namespace Lodestar.Domain.Identity;

/// <summary>An identifier (normalised) and the profile it belongs to; each identifier belongs to one profile.</summary>
public class ProfileIdentifier
{
    public required string Type { get; set; }

    public required string Value { get; set; }

    public long ProfileId { get; set; }

    /// <summary>The event on which the identifier was first seen.</summary>
    public long FirstEventId { get; set; }

    public DateTime FirstSeenAt { get; set; }
}
