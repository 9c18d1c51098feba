namespace Lodestar.Portal.Client.Features.Crm.Deals;

public sealed record PipelineDto(long Id, string Name, IReadOnlyList<StageDto> Stages);
