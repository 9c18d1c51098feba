namespace Lodestar.Domain.Paths;

public enum PathDirection
{
    /// <summary>The events that followed the chosen event.</summary>
    After,

    /// <summary>The events that led up to the chosen event.</summary>
    Before,
}
