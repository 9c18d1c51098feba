namespace Lodestar.Domain.Segments;

public enum SegmentRefreshStatus
{
    Running,
    Done,
    Failed,
}
