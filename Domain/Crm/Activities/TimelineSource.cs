namespace Lodestar.Domain.Crm.Activities;

/// <summary>Where a timeline item comes from; at the same time, activities come before events.</summary>
public enum TimelineSource
{
    Activity,
    Event,
}
