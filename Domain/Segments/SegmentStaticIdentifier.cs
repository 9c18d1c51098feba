namespace Lodestar.Domain.Segments;

/// <summary>An uploaded identifier of a static segment; each refresh takes the profile that holds it then.</summary>
public class SegmentStaticIdentifier
{
    public long SegmentId { get; set; }

    public required string Type { get; set; }

    public required string Value { get; set; }
}
