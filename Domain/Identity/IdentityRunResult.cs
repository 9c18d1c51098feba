namespace Lodestar.Domain.Identity;

/// <summary>What one identity resolution run did.</summary>
public sealed record IdentityRunResult(
    int EventsProcessed, int ProfilesCreated, int Merges, int Conflicts, long Watermark, TimeSpan Elapsed)
{
    public static IdentityRunResult None { get; } = new(0, 0, 0, 0, 0, TimeSpan.Zero);

    /// <summary>These totals and one more resolver batch, which left the watermark at <paramref name="watermark"/>.</summary>
    public IdentityRunResult Plus(int events, IdentityChangeSet changes, long watermark) => this with
    {
        EventsProcessed = EventsProcessed + events,
        ProfilesCreated = ProfilesCreated + changes.Created.Count,
        Merges = Merges + changes.Merges.Count,
        Conflicts = Conflicts + changes.Conflicts.Count,
        Watermark = watermark,
    };
}
