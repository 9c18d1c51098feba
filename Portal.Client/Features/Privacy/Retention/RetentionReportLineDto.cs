namespace Lodestar.Portal.Client.Features.Privacy.Retention;

/// <summary>
/// What a run did to one class: the limit in force (null days = kept forever) and its cutoff, the records purged and
/// the derived rows that went with them, the transactions it took, the oldest record left and how long it took.
/// </summary>
public sealed record RetentionReportLineDto(
    string Class, string Name, int? Days, DateTime? Cutoff, long Purged, long Related, int Batches, DateTime? OldestRemaining,
    long DurationMilliseconds, string? Note);
