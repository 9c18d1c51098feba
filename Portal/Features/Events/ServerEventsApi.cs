using Lodestar.Domain.Events;
using Lodestar.Domain.Ingestion;
using Lodestar.Portal.Client.Features.Events;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Features.Events;

/// <summary>The server side of <see cref="IEventsApi"/>: pages rendered on the server and <c>GET /api/events</c> use it.</summary>
internal sealed class ServerEventsApi(EventQueryService events) : IEventsApi
{
    public async Task<EventPageDto> ListAsync(EventFilter filter, CancellationToken cancellationToken = default)
    {
        MessageType? type = null;
        if (!string.IsNullOrWhiteSpace(filter.Type))
            type = MessageTypes.Parse(filter.Type) ?? throw new ApiException(400, $"type must be one of {MessageTypes.Names}.",
                new Dictionary<string, string[]> { ["type"] = [$"Use one of {MessageTypes.Names}."] });
        if (filter.Limit is < 1 or > EventQuery.MaxLimit)
            throw new ApiException(400, $"limit must be between 1 and {EventQuery.MaxLimit}.",
                new Dictionary<string, string[]> { ["limit"] = [$"Use 1 to {EventQuery.MaxLimit}."] });

        var query = new EventQuery(filter.Limit, type, filter.Event, filter.UserId, filter.AnonymousId, filter.User, filter.Before, filter.After);
        var page = await events.ListAsync(query, cancellationToken);
        return new EventPageDto(page.Items.Select(e => new EventDto(e.Id, e.MessageId, MessageTypes.Name(e.Type), e.Name, e.UserId,
            e.AnonymousId, e.Timestamp, e.ReceivedAt, e.SourceName, e.Raw)).ToList(), page.NextBefore);
    }
}
