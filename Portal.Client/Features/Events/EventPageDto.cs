namespace Lodestar.Portal.Client.Features.Events;

/// <summary>
/// Events newest first and, when older ones may match, the id to continue before. Filtered searches cover a bounded
/// stretch of recent events per request, so an empty page can still have a <see cref="NextBefore"/>.
/// </summary>
public sealed record EventPageDto(IReadOnlyList<EventDto> Items, long? NextBefore);
