namespace Lodestar.Domain.Identity;

/// <summary>What one identity resolution run did.</summary>
public sealed record IdentityRunResult(
    int EventsProcessed, int ProfilesCreated, int Merges, int Conflicts, long Watermark, TimeSpan Elapsed);
