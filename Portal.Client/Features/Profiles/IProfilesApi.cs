using Lodestar.Portal.Client.Features.Events;

namespace Lodestar.Portal.Client.Features.Profiles;

/// <summary>Unified profiles (<c>/api/profiles</c>).</summary>
public interface IProfilesApi
{
    Task<ProfileListDto> SearchAsync(ProfileQuery query, CancellationToken cancellationToken = default);

    Task<ProfileDto> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The profile's events, newest first; <see cref="EventPageDto.NextBefore"/> continues further back.</summary>
    Task<EventPageDto> TimelineAsync(long id, TimelineFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Splits a merge apart (admins): its two sides are kept apart from now on and a rebuild recomputes both.</summary>
    Task<UnmergeResultDto> UnmergeAsync(long id, UnmergeRequest request, CancellationToken cancellationToken = default);
}
