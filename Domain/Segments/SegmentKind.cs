namespace Lodestar.Domain.Segments;

public enum SegmentKind
{
    Dynamic,
    Static,
}
