using Lodestar.Domain.Crm;
using Lodestar.Domain.Crm.Activities;
using Lodestar.Portal.Auth;
using Lodestar.Portal.Client.Features.Crm.Activities;
using Lodestar.Portal.Infrastructure;

namespace Lodestar.Portal.Features.Crm.Activities;

/// <summary>The server side of <see cref="IActivitiesApi"/>.</summary>
internal sealed class ServerActivitiesApi(ActivityService activities, ActivityQueryService queries, ContactTimelineService timelines, CurrentUser user)
    : IActivitiesApi
{
    public Task<ActivityListDto> ListAsync(ActivityQuery query, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var page = await queries.ListAsync(await SearchAsync(query), cancellationToken);
        return new ActivityListDto(page.Items.Select(ActivityMapping.ToDto).ToList(), page.Total);
    });

    public Task<ActivityDto> GetAsync(long id, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () => ActivityMapping.ToDto(await activities.GetAsync(id, cancellationToken)));

    public Task<ActivityDto> CreateAsync(ActivityInput input, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
        ActivityMapping.ToDto(await activities.CreateAsync(ActivityMapping.ToFields(input), await ByAsync(), await user.GetIdAsync(), cancellationToken)));

    public Task<ActivityDto> UpdateAsync(long id, ActivityInput input, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
        ActivityMapping.ToDto(await activities.UpdateAsync(id, ActivityMapping.ToFields(input), await ByAsync(), cancellationToken)));

    public Task DeleteAsync(long id, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () => await activities.DeleteAsync(id, await ByAsync(), cancellationToken));

    public Task<ActivityDto> CompleteAsync(long id, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () => ActivityMapping.ToDto(await activities.CompleteAsync(id, await ByAsync(), cancellationToken)));

    public Task<ActivityDto> ReopenAsync(long id, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () => ActivityMapping.ToDto(await activities.ReopenAsync(id, await ByAsync(), cancellationToken)));

    public Task<TimelinePageDto> ContactTimelineAsync(long contactId, string? before, int limit, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () =>
        {
            PagingChecks.CheckLimit(limit, ContactTimelineService.MaxLimit);
            var page = await timelines.GetAsync(contactId, string.IsNullOrWhiteSpace(before) ? null : TimelineCursor.Parse(before), limit, cancellationToken);
            return new TimelinePageDto(page.Items.Select(i => new TimelineItemDto(i.Source.ToString().ToLowerInvariant(), i.Id, i.Kind, i.Title, i.At, i.Link)).ToList(),
                page.NextBefore?.ToString());
        });

    /// <summary>The list's paging and filters checked; "me" is the signed-in user (an API key is nobody's assignee).</summary>
    private async Task<ActivitySearch> SearchAsync(ActivityQuery query)
    {
        PagingChecks.CheckLimit(query.Limit, CrmPaging.MaxLimit);
        PagingChecks.CheckOffset(query.Offset);
        var assignee = query.AssigneeId == ActivityQuery.Me ? await user.GetIdAsync() ?? "" : query.AssigneeId;
        return new ActivitySearch(query.ContactId, query.AccountId, query.DealId, query.TicketId,
            ActivityNames.ParseAll<ActivityKind>(query.Kinds, "kind", "an activity kind"), assignee, query.OpenTasks, query.Overdue, query.Offset, query.Limit);
    }

    private async Task<string> ByAsync() => await user.GetNameAsync() ?? "unknown";
}
