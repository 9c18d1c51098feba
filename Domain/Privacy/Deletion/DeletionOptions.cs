namespace Lodestar.Domain.Privacy.Deletion;

/// <summary><c>Privacy:Deletion</c> settings.</summary>
public sealed class DeletionOptions
{
    /// <summary>Requests that do not name a mode anonymise the person's events instead of deleting them.</summary>
    public bool AnonymiseEvents { get; set; }

    /// <summary>Events per transaction: each batch commits with the receipt, so ingestion waits at most one batch.</summary>
    public int BatchSize { get; set; } = 2_000;
}
