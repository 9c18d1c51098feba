namespace Lodestar.Portal.Client.Features.Events;

/// <summary>Reads stored events, newest first (<c>GET /api/events</c>).</summary>
public interface IEventsApi
{
    /// <summary>The HTTP form of <see cref="EventPageDto.NextBefore"/>: a response header beside the JSON array.</summary>
    const string NextBeforeHeader = "X-Next-Before";

    Task<EventPageDto> ListAsync(EventFilter filter, CancellationToken cancellationToken = default);
}
