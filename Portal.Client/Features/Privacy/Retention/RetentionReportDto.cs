namespace Lodestar.Portal.Client.Features.Privacy.Retention;

/// <summary>One run of the retention job: its state (Running, Succeeded, Failed), the records it purged and a line per class.</summary>
public sealed record RetentionReportDto(
    long Id, string JobId, string Status, DateTime StartedAt, DateTime? FinishedAt, long Purged, string? Error,
    IReadOnlyList<RetentionReportLineDto> Classes);
