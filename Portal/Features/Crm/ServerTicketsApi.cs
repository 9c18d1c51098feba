using Lodestar.Domain.Crm;
using Lodestar.Portal.Auth;
using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Infrastructure;

namespace Lodestar.Portal.Features.Crm;

/// <summary>The server side of <see cref="ITicketsApi"/>.</summary>
internal sealed class ServerTicketsApi(TicketService tickets, TicketQueryService queries, CurrentUser user) : ITicketsApi
{
    public Task<TicketListDto> ListAsync(TicketQuery query, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var page = await queries.ListAsync(await SearchAsync(query), cancellationToken);
        return new TicketListDto(page.Items.Select(CrmMapping.ToDto).ToList(), page.Total);
    });

    public Task<TicketDto> GetAsync(long id, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () => CrmMapping.ToDto(await tickets.GetAsync(id, cancellationToken)));

    public Task<TicketDto> CreateAsync(TicketInput input, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () => CrmMapping.ToDto(await tickets.CreateAsync(CrmMapping.ToFields(input), await ByAsync(), cancellationToken)));

    public Task<TicketDto> UpdateAsync(long id, TicketInput input, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () => CrmMapping.ToDto(await tickets.UpdateAsync(id, CrmMapping.ToFields(input), await ByAsync(), cancellationToken)));

    public Task DeleteAsync(long id, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () => await tickets.DeleteAsync(id, await ByAsync(), cancellationToken));

    public Task<IReadOnlyList<FieldChangeDto>> HistoryAsync(long id, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync<IReadOnlyList<FieldChangeDto>>(async () => (await tickets.HistoryAsync(id, cancellationToken)).Select(CrmMapping.ToDto).ToList());

    /// <summary>The list's paging, sort and filters checked; "me" is the signed-in user (an API key is nobody's assignee).</summary>
    private async Task<TicketSearch> SearchAsync(TicketQuery query)
    {
        PagingChecks.CheckLimit(query.Limit, CrmPaging.MaxLimit);
        PagingChecks.CheckOffset(query.Offset);
        TicketQueryService.CheckSort(query.Sort);
        var assignee = query.AssigneeId == TicketQuery.Me ? await user.GetIdAsync() ?? "" : query.AssigneeId;
        return new TicketSearch(query.Q, TicketNames.ParseAll<TicketStatus>(query.Statuses, "status"),
            TicketNames.ParseAll<TicketPriority>(query.Priorities, "priority"), assignee, query.AssigneeId == TicketQuery.Unassigned,
            query.ContactId, query.AccountId, query.Breached, query.Sort, query.Offset, query.Limit);
    }

    private async Task<string> ByAsync() => await user.GetNameAsync() ?? "unknown";
}
