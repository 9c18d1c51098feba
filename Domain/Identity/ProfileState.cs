namespace Lodestar.Domain.Identity;

/// <summary>A profile while the resolver works on it.</summary>
public sealed class ProfileState(long id, DateTime firstSeenAt)
{
    public long Id { get; } = id;

    public long? MergedIntoId { get; set; }

    public List<IdentifierKey> Identifiers { get; } = [];

    public Dictionary<string, TraitState> Traits { get; } = new(StringComparer.Ordinal);

    public DateTime FirstSeenAt { get; set; } = firstSeenAt;

    public DateTime LastSeenAt { get; set; } = firstSeenAt;

    public int EventCount { get; set; }
}
