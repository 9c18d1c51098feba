namespace Lodestar.Domain.Privacy.Retention;

/// <summary>
/// The size of the next purge transaction: rows cost different amounts (an event with segment facts costs more than a
/// raw message emptied), so the size follows the measured time per row, aiming at the target time per transaction and
/// never above the configured maximum.
/// </summary>
public sealed class RetentionBatchSizeCalculator(int maxRows, TimeSpan target)
{
    private const int MinRows = 50;

    // The first transaction is small: its cost is unknown (cold pages, first use) and it must not hold ingestion up.
    private const int FirstRows = 200;

    private readonly int _max = maxRows;

    public int Size { get; private set; } = Math.Min(FirstRows, maxRows);

    /// <summary>Learns from a transaction of <paramref name="rows"/> rows that took <paramref name="elapsed"/>.</summary>
    public void Record(int rows, TimeSpan elapsed)
    {
        if (rows <= 0)
            return;
        var perRow = Math.Max(elapsed.TotalMilliseconds, 0.001) / rows;
        // Half way towards the size the target allows: one slow commit (a checkpoint, a busy disk) does not swing it.
        var fitting = target.TotalMilliseconds / perRow;
        var next = (Size + fitting) / 2;
        Size = (int)Math.Clamp(next, Math.Min(MinRows, _max), _max);
    }
}
