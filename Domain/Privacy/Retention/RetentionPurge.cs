namespace Lodestar.Domain.Privacy.Retention;

/// <summary>One purge of one class: what is too old, how big each transaction may be, and where progress goes.</summary>
/// <param name="Cutoff">Records older than this (UTC, exclusive) go.</param>
/// <param name="Pause">Rest after each transaction, so that ingestion gets the write lock.</param>
/// <param name="Progress">0..1 within the class, and what to show.</param>
public sealed record RetentionPurge(
    DateTime Cutoff,
    RetentionBatchSizeCalculator Batches,
    TimeSpan Pause,
    Func<double, string, CancellationToken, Task> Progress)
{
    /// <summary>
    /// After each transaction of <paramref name="rows"/> records that held the lock for <paramref name="held"/>: learn
    /// the next size, and rest what is left of the pause once <paramref name="rested"/> has passed since the commit.
    /// </summary>
    internal Task RestAsync(int rows, TimeSpan held, TimeSpan rested, CancellationToken cancellationToken)
    {
        Batches.Record(rows, held);
        return Pause > rested ? Task.Delay(Pause - rested, cancellationToken) : Task.CompletedTask;
    }
}
