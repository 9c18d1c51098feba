using Lodestar.Portal.Client.Features.Events;

namespace Lodestar.Portal.Client.Features.Profiles;

/// <summary>Unified profiles (<c>/api/profiles</c>).</summary>
public interface IProfilesApi
{
    Task<ProfileListDto> SearchAsync(ProfileQuery query, CancellationToken cancellationToken = default);

    Task<ProfileDto> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The profile's events, newest first; <see cref="EventPageDto.NextBefore"/> continues further back.</summary>
    Task<EventPageDto> TimelineAsync(long id, TimelineFilter filter, CancellationToken cancellationToken = default);
}
