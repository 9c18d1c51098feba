namespace Lodestar.Domain.Crm.Activities;

/// <summary>A page of a contact's timeline, newest first; <see cref="NextBefore"/> continues it (null: nothing older).</summary>
public sealed record TimelinePage(IReadOnlyList<TimelineItem> Items, TimelineCursor? NextBefore);
