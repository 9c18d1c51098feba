namespace Lodestar.Domain.Identity;

/// <summary>
/// A person as identity resolution sees them. Profiles merged into another stay as tombstones
/// (<see cref="MergedIntoId"/>) so that the merge history can name them.
/// </summary>
public class Profile
{
    /// <summary>Assigned by the resolver in event order, so a full rebuild gives every profile the same id again.</summary>
    public long Id { get; set; }

    public long? MergedIntoId { get; set; }

    /// <summary>Timestamp of the profile's first event.</summary>
    public DateTime FirstSeenAt { get; set; }

    public DateTime LastSeenAt { get; set; }

    public int EventCount { get; set; }

    public int IdentifierCount { get; set; }

    /// <summary>What lists show: the name or email from the traits, else the best identifier.</summary>
    public string? DisplayName { get; set; }
}
