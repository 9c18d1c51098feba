namespace Lodestar.Domain.Crm.Activities;

/// <summary>
/// One entry of a contact's timeline: a CRM activity or a product event of the contact's profile.
/// <see cref="Kind"/> is the activity's kind or <c>event</c>; <see cref="Link"/> is the portal path that shows it.
/// </summary>
public sealed record TimelineItem(TimelineSource Source, long Id, string Kind, string Title, DateTime At, string? Link)
{
    public TimelineCursor Cursor => new(At, Source, Id);
}
