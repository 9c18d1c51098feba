namespace Lodestar.Portal.Client.Features.Crm.Activities;

/// <summary>
/// One entry of a contact's timeline: <see cref="Source"/> is <c>activity</c> or <c>event</c>, <see cref="Kind"/> the
/// activity's kind or <c>event</c>; <see cref="Link"/> is the portal path that shows it.
/// </summary>
public sealed record TimelineItemDto(string Source, long Id, string Kind, string Title, DateTime At, string? Link);
