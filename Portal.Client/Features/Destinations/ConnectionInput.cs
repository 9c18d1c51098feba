namespace Lodestar.Portal.Client.Features.Destinations;

/// <summary>Connect a segment (or change the connection): its field mapping and minutes between syncs (0 = on demand only).</summary>
public sealed record ConnectionInput(long SegmentId, IReadOnlyList<FieldMappingDto>? Mapping, int ScheduleMinutes, bool Enabled);
