namespace Lodestar.Domain.Privacy.Retention;

/// <summary>How the retention job purges (configuration section <c>Privacy:Retention</c>).</summary>
public sealed class RetentionOptions
{
    /// <summary>Most records deleted in one transaction; the job takes fewer while transactions run long.</summary>
    public int BatchSize { get; set; } = 5_000;

    /// <summary>
    /// How long one purge transaction may hold the database's write lock. Ingestion waits while it does, so this and
    /// <see cref="PauseMilliseconds"/> bound how long an incoming message can wait (about their sum at worst).
    /// </summary>
    public int BatchMilliseconds { get; set; } = 40;

    /// <summary>
    /// Rest between two purge transactions, so a waiting writer gets the lock and the disk gets time to write out what
    /// the purge wrote. The event writer retries the lock every millisecond (SqliteWriterBusyHandler), so a few would
    /// suffice for the lock; the rest is for the disk: each transaction writes megabytes of index pages, and with a 5 ms
    /// rest ingestion commits waited for the disk behind them (up to 140 ms at 1M events; 82 ms with 25, measured).
    /// Other writers back off up to 100 ms and may wait through several transactions, which is fine for jobs.
    /// </summary>
    public int PauseMilliseconds { get; set; } = 25;

    public bool IsValid() => BatchSize > 0 && BatchMilliseconds > 0 && PauseMilliseconds >= 0;
}
