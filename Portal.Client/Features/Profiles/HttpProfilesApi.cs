using System.Globalization;
using Lodestar.Portal.Client.Features.Events;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Profiles;

internal sealed class HttpProfilesApi(HttpClient http) : IProfilesApi
{
    public Task<ProfileListDto> SearchAsync(ProfileQuery query, CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<ProfileListDto>(http, "api/profiles?" + query.ToQueryString(), cancellationToken);

    public Task<ProfileDto> GetAsync(long id, CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<ProfileDto>(http, $"api/profiles/{id}", cancellationToken);

    public async Task<EventPageDto> TimelineAsync(long id, TimelineFilter filter, CancellationToken cancellationToken = default)
    {
        var (items, next) = await HttpApi.GetWithHeaderAsync<List<EventDto>>(
            http, $"api/profiles/{id}/timeline?" + filter.ToQueryString(), IEventsApi.NextBeforeHeader, cancellationToken);
        return new EventPageDto(items, long.TryParse(next, NumberStyles.Integer, CultureInfo.InvariantCulture, out var before) ? before : null);
    }

    public Task<UnmergeResultDto> UnmergeAsync(long id, UnmergeRequest request, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<UnmergeResultDto>(http, HttpMethod.Post, $"api/profiles/{id}/unmerge", request, cancellationToken);
}
