namespace Lodestar.Domain.Destinations;

/// <summary>A connection with its segment's name and how many members the destination holds for it.</summary>
public sealed record ConnectionDetails(DestinationConnection Connection, string SegmentName, int Members)
{
    public IReadOnlyList<FieldMapping> Mapping => DestinationSettings.ReadMapping(Connection.Mapping);
}
