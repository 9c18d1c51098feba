namespace Lodestar.Portal.Client.Features.Destinations;

/// <summary>A segment connected to a destination.</summary>
public sealed record DestinationConnectionDto(
    long Id,
    long SegmentId,
    string SegmentName,
    IReadOnlyList<FieldMappingDto> Mapping,
    int ScheduleMinutes,
    bool Enabled,
    int Members,
    DateTime? LastRunAt,
    DateTime? LastSuccessAt);
