using System.Globalization;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Events;

internal sealed class HttpEventsApi(HttpClient http) : IEventsApi
{
    public async Task<EventPageDto> ListAsync(EventFilter filter, CancellationToken cancellationToken = default)
    {
        var (items, next) = await HttpApi.GetWithHeaderAsync<List<EventDto>>(
            http, "api/events?" + filter.ToQueryString(), IEventsApi.NextBeforeHeader, cancellationToken);
        return new EventPageDto(items, long.TryParse(next, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : null);
    }
}
