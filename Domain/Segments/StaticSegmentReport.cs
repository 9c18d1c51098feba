namespace Lodestar.Domain.Segments;

/// <summary>An upload's outcome: identifiers stored, how many belong to a profile now, rejected cells (first 100).</summary>
public sealed record StaticSegmentReport(Segment Segment, int Identifiers, int Matched, IReadOnlyList<string> Rejected);
