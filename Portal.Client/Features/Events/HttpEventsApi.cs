using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Events;

internal sealed class HttpEventsApi(HttpClient http) : IEventsApi
{
    public async Task<IReadOnlyList<EventDto>> ListAsync(EventFilter filter, CancellationToken cancellationToken = default) =>
        await HttpApi.GetAsync<List<EventDto>>(http, "api/events?" + filter.ToQueryString(), cancellationToken);
}
