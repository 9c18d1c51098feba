namespace Lodestar.Domain.Privacy.Retention;

/// <summary>What a purge of one class did; see <see cref="RetentionReportLine"/> for the meaning of each count.</summary>
public sealed record RetentionPurgeResult(long Purged, long Related, int Batches, string? Note)
{
    public static RetentionPurgeResult None { get; } = new(0, 0, 0, null);
}
