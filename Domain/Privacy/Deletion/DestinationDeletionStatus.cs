namespace Lodestar.Domain.Privacy.Deletion;

/// <summary>A destination's deletion status, as Segment's regulation statuses name them.</summary>
public static class DestinationDeletionStatus
{
    public const string Requested = "requested";
    public const string Done = "done";
    public const string Failed = "failed";
    public const string NotSupported = "not-supported";
}
