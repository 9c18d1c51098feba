namespace Lodestar.Domain.Destinations;

public enum DestinationRunStatus
{
    /// <summary>Planned or sending; a run left in this state by a crash is resumed by the next sync.</summary>
    Running = 1,

    Succeeded = 2,

    /// <summary>Finished, some records failed; they are retried by the next run.</summary>
    PartlyFailed = 3,

    Failed = 4,

    /// <summary>Not run: the destination is disabled or paused by the circuit breaker.</summary>
    Skipped = 5,
}
