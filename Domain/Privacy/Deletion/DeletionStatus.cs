namespace Lodestar.Domain.Privacy.Deletion;

public enum DeletionStatus
{
    /// <summary>Filed; the privacy-deletion job has not started on it.</summary>
    Queued = 1,

    Running = 2,

    /// <summary>Everything held here is gone (or anonymised) and every identifier is suppressed; see the receipt for destinations.</summary>
    Completed = 3,

    /// <summary>Stopped by an error (in <see cref="DeletionRequest.Error"/>); processing it again continues where it stopped.</summary>
    Failed = 4,
}
