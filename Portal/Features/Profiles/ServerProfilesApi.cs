using Lodestar.Domain;
using Lodestar.Domain.Identity;
using Lodestar.Jobs;
using Lodestar.Portal.Auth;
using Lodestar.Domain.Profiles;
using Lodestar.Portal.Client.Features.Events;
using Lodestar.Portal.Client.Features.Profiles;
using Lodestar.Portal.Features.Events;
using Lodestar.Portal.Infrastructure;

namespace Lodestar.Portal.Features.Profiles;

/// <summary>The server side of <see cref="IProfilesApi"/>.</summary>
internal sealed class ServerProfilesApi(
    ProfileQueryService profiles, IdentityDecisionService decisions, JobLauncher launcher, CurrentUser user) : IProfilesApi
{
    public Task<ProfileListDto> SearchAsync(ProfileQuery query, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        PagingChecks.CheckLimit(query.Limit, ProfileSearch.MaxLimit);
        PagingChecks.CheckOffset(query.Offset);
        var result = await profiles.SearchAsync(
            new ProfileSearch(query.Q, query.IdentifierType, query.IdentifierValue, query.Offset, query.Limit), cancellationToken);
        return new ProfileListDto(result.Items.Select(s => new ProfileSummaryDto(s.Profile.Id, s.Profile.DisplayName ?? $"Profile {s.Profile.Id}",
            s.Email, s.UserId, s.Profile.IdentifierCount, s.Profile.EventCount, s.Profile.FirstSeenAt, s.Profile.LastSeenAt)).ToList(), result.Total);
    });

    public Task<ProfileDto> GetAsync(long id, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var d = await profiles.GetAsync(id, cancellationToken);
        var p = d.Profile;
        return new ProfileDto(p.Id, p.MergedIntoId, p.DisplayName ?? $"Profile {p.Id}", p.FirstSeenAt, p.LastSeenAt, p.EventCount,
            d.Identifiers.Select(i => new ProfileIdentifierDto(i.Type, i.Value, i.FirstSeenAt, i.FirstEventId)).ToList(),
            d.Traits.Select(t => new ProfileTraitDto(t.Key, t.Value, t.UpdatedAt, t.MessageId, t.EventId)).ToList(),
            d.MergedFrom.Select(ToDto).ToList(),
            d.Conflicts.Select(c => new IdentityConflictDto(c.IdentifierType, c.IdentifierValue, c.Reason, c.MessageId, c.EventId, c.At)).ToList(),
            d.Segments.Select(s => new ProfileSegmentDto(s.SegmentId, s.Name, s.EnteredAt)).ToList(),
            d.Value is { } v ? new ProfileValueDto(v.Revenue, v.Orders, v.Currency, v.FirstPurchaseAt, v.LastPurchaseAt, v.Channel, v.PredictedClv, v.ProbabilityAlive, v.ComputedAt) : null);
    });

    public Task<EventPageDto> TimelineAsync(long id, TimelineFilter filter, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var type = EventMapping.ParseType(filter.Type);
        PagingChecks.CheckLimit(filter.Limit, ProfileTimelineQuery.MaxLimit);
        return EventMapping.ToDto(await profiles.TimelineAsync(new ProfileTimelineQuery(id, type, filter.Event, filter.Before, filter.Limit), cancellationToken));
    });

    public Task<UnmergeResultDto> UnmergeAsync(long id, UnmergeRequest request, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () =>
        {
            var by = await user.GetNameAsync() ?? "unknown";
            var separation = await decisions.UnmergeAsync(id, new UnmergeTarget(request.MergeId, request.IdentifierType, request.IdentifierValue), by, cancellationToken);
            var jobId = await launcher.RunKnownAsync(JobNames.IdentityRebuild, cancellationToken);
            return new UnmergeResultDto($"{separation.Left} is kept apart from {separation.Right}", jobId);
        });

    private static ProfileMergeDto ToDto(ProfileMerge m) =>
        new(m.Id, m.SurvivorId, m.MergedId, m.IdentifierType, m.IdentifierValue, m.MessageId, m.EventId, m.Rule, m.At,
            m.MessageId == ProfileMerge.AdminDecision);
}
