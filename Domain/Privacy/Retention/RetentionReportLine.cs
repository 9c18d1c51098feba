namespace Lodestar.Domain.Privacy.Retention;

/// <summary>What one run of the retention job did to one data class.</summary>
public class RetentionReportLine
{
    public long Id { get; set; }

    public long ReportId { get; set; }

    /// <summary>One of <see cref="RetentionClasses"/>.</summary>
    public required string Class { get; set; }

    /// <summary>The limit in force: keep this many days; null = keep forever (nothing purged).</summary>
    public int? LimitDays { get; set; }

    /// <summary>Records older than this (UTC) were purged; null when the class is kept forever.</summary>
    public DateTime? Cutoff { get; set; }

    /// <summary>Records of the class purged (events, raw messages emptied, activities, ledger entries and runs).</summary>
    public long Purged { get; set; }

    /// <summary>Rows derived from those records that went with them (event-to-profile links, segment facts, …).</summary>
    public long Related { get; set; }

    /// <summary>Transactions the purge took.</summary>
    public int Batches { get; set; }

    /// <summary>The time of the oldest record of the class left after the run (on the class's own clock); null when none is left.</summary>
    public DateTime? OldestRemaining { get; set; }

    public long DurationMilliseconds { get; set; }

    /// <summary>What else a reader of the report should know (records waiting for another job, what was counted as related).</summary>
    public string? Note { get; set; }
}
