namespace Lodestar.Portal.Client.Features.Segments;

/// <summary>One computation of a segment: its size, who entered and exited. <see cref="Status"/>: "running", "done", "failed".</summary>
public sealed record SegmentRefreshDto(long Id, DateTime StartedAt, DateTime? FinishedAt, int Size, int Entered, int Exited,
    string Status, string? Error);
