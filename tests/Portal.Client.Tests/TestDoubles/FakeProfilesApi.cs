using Lodestar.Portal.Client.Features.Events;
using Lodestar.Portal.Client.Features.Profiles;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Tests.TestDoubles;

/// <summary>An in-memory <see cref="IProfilesApi"/> over given profiles and timelines; records the queries it answered.</summary>
public sealed class FakeProfilesApi : IProfilesApi
{
    public List<ProfileSummaryDto> Summaries { get; } = [];

    public Dictionary<long, ProfileDto> Profiles { get; } = [];

    public Dictionary<long, List<EventDto>> Timelines { get; } = [];

    public List<ProfileQuery> Queries { get; } = [];

    public List<TimelineFilter> TimelineFilters { get; } = [];

    public Task<ProfileListDto> SearchAsync(ProfileQuery query, CancellationToken cancellationToken = default)
    {
        Queries.Add(query);
        var matches = Summaries.Where(s => string.IsNullOrWhiteSpace(query.Q)
            || s.DisplayName.Contains(query.Q, StringComparison.OrdinalIgnoreCase) || s.Email == query.Q).ToList();
        return Task.FromResult(new ProfileListDto(matches.Skip(query.Offset).Take(query.Limit).ToList(), matches.Count));
    }

    public Task<ProfileDto> GetAsync(long id, CancellationToken cancellationToken = default) =>
        Profiles.TryGetValue(id, out var profile)
            ? Task.FromResult(profile)
            : Task.FromException<ProfileDto>(new ApiException(404, $"There is no profile {id}."));

    public Task<EventPageDto> TimelineAsync(long id, TimelineFilter filter, CancellationToken cancellationToken = default)
    {
        TimelineFilters.Add(filter);
        var events = Timelines.GetValueOrDefault(id, [])
            .Where(e => string.IsNullOrEmpty(filter.Type) || e.Type == filter.Type)
            .Where(e => filter.Before is null || e.Id < filter.Before)
            .OrderByDescending(e => e.Id).ToList();
        var page = events.Take(filter.Limit).ToList();
        return Task.FromResult(new EventPageDto(page, events.Count > filter.Limit ? page[^1].Id : null));
    }

    public List<(long ProfileId, UnmergeRequest Request)> Unmerges { get; } = [];

    /// <summary>When set, unmerging fails with this error.</summary>
    public ApiException? UnmergeError { get; set; }

    public Task<UnmergeResultDto> UnmergeAsync(long id, UnmergeRequest request, CancellationToken cancellationToken = default)
    {
        if (UnmergeError is not null)
            return Task.FromException<UnmergeResultDto>(UnmergeError);
        Unmerges.Add((id, request));
        return Task.FromResult(new UnmergeResultDto("email:ann@example.com is kept apart from anonymous_id:phone", "job-rebuild"));
    }

    public static ProfileDto Ann(long id = 7) => new(id, null, "Ann Lee", new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc),
        new DateTime(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc), 3,
        [
            new("anonymous_id", "laptop", new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc), 1),
            new("email", "ann@example.com", new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc), 1),
            new("anonymous_id", "phone", new DateTime(2026, 3, 1, 9, 1, 0, DateTimeKind.Utc), 2),
        ],
        [new("plan", "\"gold\"", new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc), "m-1", 1)],
        [new(31, id, 8, "email", "ann@example.com", "m-3", 3, "email matched on one message", new DateTime(2026, 3, 1, 9, 2, 0, DateTimeKind.Utc))],
        [new("email", "ann7@example.com", "attributing it to profile 7 would give 6 email values (limit 5)", "m-9", 9, new DateTime(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc))],
        [new(4, "Gold customers", new DateTime(2026, 3, 2, 11, 0, 0, DateTimeKind.Utc))]);
}
