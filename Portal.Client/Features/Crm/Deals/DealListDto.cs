namespace Lodestar.Portal.Client.Features.Crm.Deals;

public sealed record DealListDto(IReadOnlyList<DealDto> Items, int Total);
