namespace Lodestar.Portal.Client.Features.Crm.Deals;

public sealed record DealBoardDto(PipelineDto Pipeline, IReadOnlyList<DealColumnDto> Columns);
