namespace Lodestar.Domain.Crm.Deals;

/// <summary>A pipeline as edited: its name and its stages in board order (existing ones keep their id).</summary>
public sealed record PipelineFields(string? Name, IReadOnlyList<StageFields>? Stages);
