namespace Lodestar.Portal.Client.Features.Crm.Deals;

/// <summary>A pipeline's name and its stages in board order.</summary>
public sealed record PipelineInput(string? Name, IReadOnlyList<StageInput>? Stages);
