namespace Lodestar.Domain.Crm.Deals;

/// <summary>
/// What a pipeline being saved is checked against besides its own fields: the names the other pipelines already have and
/// the stages it has now (none for a new one) with how many deals each holds.
/// </summary>
public sealed record PipelineInUse(IReadOnlyCollection<string> OtherNames, IReadOnlyList<StageInUse> Stages);
