namespace Lodestar.Domain.Identity;

/// <summary>What a resolver run changed, for the store to write in one transaction.</summary>
public sealed class IdentityChangeSet
{
    /// <summary>Profiles created in this run (everything else that is touched existed before).</summary>
    public HashSet<long> Created { get; } = [];

    /// <summary>Profiles whose row, identifiers or traits changed (merged tombstones included).</summary>
    public HashSet<long> Touched { get; } = [];

    public List<ProfileIdentifier> NewIdentifiers { get; } = [];

    public List<ProfileMerge> Merges { get; } = [];

    public List<IdentityConflict> Conflicts { get; } = [];

    /// <summary>Event id → the profile it was attributed to when processed (resolve with the graph's roots).</summary>
    public List<(long EventId, long ProfileId)> Assignments { get; } = [];

    public long LastEventId { get; set; }

    /// <summary>Rows of the caller's (a decision, its suggestion) saved in the same transaction as the changes.</summary>
    public Action<Lodestar.Domain.Data.PortalDbContext>? Stage { get; set; }
}
