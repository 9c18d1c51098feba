using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Crm.Activities;

internal sealed class HttpActivitiesApi(HttpClient http) : IActivitiesApi
{
    public Task<ActivityListDto> ListAsync(ActivityQuery query, CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<ActivityListDto>(http, "api/crm/activities?" + QueryStrings.Of(("contactId", query.ContactId), ("accountId", query.AccountId),
            ("dealId", query.DealId), ("ticketId", query.TicketId), ("kind", string.Join(',', query.Kinds ?? [])), ("assigneeId", query.AssigneeId),
            ("openTasks", query.OpenTasks ? "true" : null), ("overdue", query.Overdue ? "true" : null), ("offset", query.Offset), ("limit", query.Limit)),
            cancellationToken);

    public Task<ActivityDto> GetAsync(long id, CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<ActivityDto>(http, $"api/crm/activities/{id}", cancellationToken);

    public Task<ActivityDto> CreateAsync(ActivityInput input, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<ActivityDto>(http, HttpMethod.Post, "api/crm/activities", input, cancellationToken);

    public Task<ActivityDto> UpdateAsync(long id, ActivityInput input, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<ActivityDto>(http, HttpMethod.Put, $"api/crm/activities/{id}", input, cancellationToken);

    public Task DeleteAsync(long id, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync(http, HttpMethod.Delete, $"api/crm/activities/{id}", null, cancellationToken);

    public Task<ActivityDto> CompleteAsync(long id, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<ActivityDto>(http, HttpMethod.Post, $"api/crm/activities/{id}/complete", null, cancellationToken);

    public Task<TimelinePageDto> ContactTimelineAsync(long contactId, string? before, int limit, CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<TimelinePageDto>(http, $"api/crm/contacts/{contactId}/timeline?" + QueryStrings.Of(("before", before), ("limit", limit)), cancellationToken);

    public Task<ActivityDto> ReopenAsync(long id, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<ActivityDto>(http, HttpMethod.Post, $"api/crm/activities/{id}/reopen", null, cancellationToken);
}
