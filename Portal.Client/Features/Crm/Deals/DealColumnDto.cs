namespace Lodestar.Portal.Client.Features.Crm.Deals;

/// <summary>A stage on the board: all its deals' count and value per currency, and the most recently moved ones.</summary>
public sealed record DealColumnDto(StageDto Stage, int Count, IReadOnlyList<MoneyDto> Totals, IReadOnlyList<DealDto> Deals);
