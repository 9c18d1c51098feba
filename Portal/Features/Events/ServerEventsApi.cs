using Lodestar.Domain.Events;
using Lodestar.Portal.Client.Features.Events;
using Lodestar.Portal.Infrastructure;

namespace Lodestar.Portal.Features.Events;

/// <summary>The server side of <see cref="IEventsApi"/>: pages rendered on the server and <c>GET /api/events</c> use it.</summary>
internal sealed class ServerEventsApi(EventQueryService events) : IEventsApi
{
    public async Task<EventPageDto> ListAsync(EventFilter filter, CancellationToken cancellationToken = default)
    {
        var type = EventMapping.ParseType(filter.Type);
        PagingChecks.CheckLimit(filter.Limit, EventQuery.MaxLimit);
        var query = new EventQuery(filter.Limit, type, filter.Event, filter.UserId, filter.AnonymousId, filter.User, filter.Before, filter.After);
        return EventMapping.ToDto(await events.ListAsync(query, cancellationToken));
    }
}
