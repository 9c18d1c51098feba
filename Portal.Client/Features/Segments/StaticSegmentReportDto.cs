namespace Lodestar.Portal.Client.Features.Segments;

/// <summary>What a static segment upload stored: identifiers read, how many belong to a profile, the rejected rows.</summary>
public sealed record StaticSegmentReportDto(SegmentDto Segment, int Identifiers, int Matched, IReadOnlyList<string> Rejected);
