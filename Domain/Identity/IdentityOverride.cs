namespace Lodestar.Domain.Identity;

/// <summary>
/// A decision a person made about the identity graph. Resolution applies it on every run, rebuilds included, so a
/// rebuild gives the same profiles as the incremental runs and the decisions between them.
/// </summary>
public class IdentityOverride
{
    public long Id { get; set; }

    public IdentityOverrideKind Kind { get; set; }

    public required string LeftType { get; set; }

    public required string LeftValue { get; set; }

    public required string RightType { get; set; }

    public required string RightValue { get; set; }

    /// <summary>
    /// Links take effect after this event (the watermark when they were made), exactly where incremental processing
    /// applied them. Separations are retroactive: 0.
    /// </summary>
    public long AfterEventId { get; set; }

    public DateTime CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    /// <summary>Why, for the merge history ("unmerge of profile 40 from 12", "duplicate suggestion 3 accepted").</summary>
    public required string Reason { get; set; }

    public IdentifierKey Left => new(LeftType, LeftValue);

    public IdentifierKey Right => new(RightType, RightValue);
}
