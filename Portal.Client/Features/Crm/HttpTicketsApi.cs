using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Crm;

internal sealed class HttpTicketsApi(HttpClient http) : ITicketsApi
{
    public Task<TicketListDto> ListAsync(TicketQuery query, CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<TicketListDto>(http, "api/crm/tickets?" + QueryStrings.Of(("q", query.Q),
            ("status", string.Join(',', query.Statuses ?? [])), ("priority", string.Join(',', query.Priorities ?? [])),
            ("assigneeId", query.AssigneeId), ("contactId", query.ContactId), ("accountId", query.AccountId), ("breached", query.Breached ? "true" : null),
            ("sort", query.Sort), ("offset", query.Offset), ("limit", query.Limit)), cancellationToken);

    public Task<TicketDto> GetAsync(long id, CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<TicketDto>(http, $"api/crm/tickets/{id}", cancellationToken);

    public Task<TicketDto> CreateAsync(TicketInput input, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<TicketDto>(http, HttpMethod.Post, "api/crm/tickets", input, cancellationToken);

    public Task<TicketDto> UpdateAsync(long id, TicketInput input, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<TicketDto>(http, HttpMethod.Put, $"api/crm/tickets/{id}", input, cancellationToken);

    public Task DeleteAsync(long id, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync(http, HttpMethod.Delete, $"api/crm/tickets/{id}", null, cancellationToken);

    public async Task<IReadOnlyList<FieldChangeDto>> HistoryAsync(long id, CancellationToken cancellationToken = default) =>
        await HttpApi.GetAsync<List<FieldChangeDto>>(http, $"api/crm/tickets/{id}/history", cancellationToken);
}
