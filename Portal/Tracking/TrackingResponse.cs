namespace Lodestar.Portal.Tracking;

/// <summary>The body Segment's servers answer with; clients look only at the status code.</summary>
public sealed record TrackingResponse(bool Success)
{
    public static TrackingResponse Accepted { get; } = new(true);
}
