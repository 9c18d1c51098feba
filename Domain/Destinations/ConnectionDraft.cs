namespace Lodestar.Domain.Destinations;

/// <summary>A segment to connect, the traits to send under the destination's field names, and minutes between syncs (0 = on demand).</summary>
public sealed record ConnectionDraft(long SegmentId, IReadOnlyList<FieldMapping>? Mapping, int ScheduleMinutes, bool Enabled);
