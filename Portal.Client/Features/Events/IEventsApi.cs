namespace Lodestar.Portal.Client.Features.Events;

/// <summary>Reads stored events, newest first (<c>GET /api/events</c>).</summary>
public interface IEventsApi
{
    Task<IReadOnlyList<EventDto>> ListAsync(EventFilter filter, CancellationToken cancellationToken = default);
}
