namespace Lodestar.Portal.Client.Features.Crm;

public sealed record TicketListDto(IReadOnlyList<TicketDto> Items, int Total);
