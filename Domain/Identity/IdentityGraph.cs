namespace Lodestar.Domain.Identity;

/// <summary>
/// The part of the identity graph the resolver works on: identifiers and their profiles. A full rebuild starts it empty;
/// an incremental run loads the profiles its new messages touch (with all their identifiers and traits).
/// </summary>
public sealed class IdentityGraph(long nextProfileId)
{
    private readonly Dictionary<IdentifierKey, long> _owners = [];
    private readonly Dictionary<long, ProfileState> _profiles = [];

    public long NextProfileId { get; private set; } = nextProfileId;

    public IReadOnlyDictionary<long, ProfileState> Profiles => _profiles;

    public long? OwnerOf(IdentifierKey key) => _owners.TryGetValue(key, out var owner) ? owner : null;

    public ProfileState Get(long profileId) => _profiles[profileId];

    /// <summary>Adds a profile read from the database.</summary>
    public void Load(ProfileState profile)
    {
        _profiles[profile.Id] = profile;
        if (profile.MergedIntoId is not null)
            return;
        foreach (var identifier in profile.Identifiers)
            _owners[identifier] = profile.Id;
    }

    public ProfileState Create(DateTime firstSeenAt)
    {
        var profile = new ProfileState(NextProfileId++, firstSeenAt);
        _profiles[profile.Id] = profile;
        return profile;
    }

    public void Own(ProfileState profile, IdentifierKey key)
    {
        profile.Identifiers.Add(key);
        _owners[key] = profile.Id;
    }

    /// <summary>Moves everything of <paramref name="merged"/> to <paramref name="survivor"/> and leaves a tombstone.</summary>
    public void Merge(ProfileState survivor, ProfileState merged)
    {
        foreach (var identifier in merged.Identifiers)
        {
            survivor.Identifiers.Add(identifier);
            _owners[identifier] = survivor.Id;
        }

        merged.Identifiers.Clear();
        foreach (var (key, trait) in merged.Traits)
        {
            if (!survivor.Traits.TryGetValue(key, out var current) || trait.IsNewerThan(current))
                survivor.Traits[key] = trait;
        }

        merged.Traits.Clear();
        survivor.EventCount += merged.EventCount;
        merged.EventCount = 0;
        if (merged.FirstSeenAt < survivor.FirstSeenAt)
            survivor.FirstSeenAt = merged.FirstSeenAt;
        if (merged.LastSeenAt > survivor.LastSeenAt)
            survivor.LastSeenAt = merged.LastSeenAt;
        merged.MergedIntoId = survivor.Id;
    }

    /// <summary>The living profile a (possibly merged) profile now belongs to.</summary>
    public long RootOf(long profileId)
    {
        while (_profiles.TryGetValue(profileId, out var profile) && profile.MergedIntoId is { } next)
            profileId = next;
        return profileId;
    }
}
