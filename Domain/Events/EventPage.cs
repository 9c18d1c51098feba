namespace Lodestar.Domain.Events;

/// <summary>Events newest first, and where to continue further back (null when nothing older is left).</summary>
public sealed record EventPage(IReadOnlyList<EventListItem> Items, long? NextBefore);
