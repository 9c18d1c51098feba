namespace Lodestar.Domain.Privacy.Retention;

/// <summary>
/// One data class retention applies to: what it is, how its records are purged and how old the oldest one is. The
/// retention job runs the purgers in their registration order; each deletes in small transactions (see
/// <see cref="RetentionPurge"/>) and must be safe to run again (a second run with the same cutoff purges nothing).
/// </summary>
public interface IRetentionPurger
{
    /// <summary>The key (one of <see cref="RetentionClasses"/>).</summary>
    string Class { get; }

    string Name { get; }

    /// <summary>What is purged and which time counts, for the settings page and the API.</summary>
    string Description { get; }

    Task<RetentionPurgeResult> PurgeAsync(RetentionPurge purge, CancellationToken cancellationToken);

    /// <summary>The time of the oldest record left, on the class's own clock; null when there is none.</summary>
    Task<DateTime?> OldestRemainingAsync(CancellationToken cancellationToken);
}
