namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>CRM support tickets (<c>/api/crm/tickets</c>). Reading: every role; writing: Sales and Admin.</summary>
public interface ITicketsApi
{
    Task<TicketListDto> ListAsync(TicketQuery query, CancellationToken cancellationToken = default);

    Task<TicketDto> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <exception cref="Infrastructure.ApiException">400 with an error per field when the input is invalid.</exception>
    Task<TicketDto> CreateAsync(TicketInput input, CancellationToken cancellationToken = default);

    /// <summary>Replaces the ticket's fields; a new status may solve or reopen it, a new priority moves its due time.</summary>
    Task<TicketDto> UpdateAsync(long id, TicketInput input, CancellationToken cancellationToken = default);

    Task DeleteAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The ticket's field history, newest first.</summary>
    Task<IReadOnlyList<FieldChangeDto>> HistoryAsync(long id, CancellationToken cancellationToken = default);
}
