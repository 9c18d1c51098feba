namespace Lodestar.Portal.Client.Features.Crm.Deals;

/// <summary>What a person enters to create or edit a deal (amount in minor units; no stage: the pipeline's first).</summary>
public sealed record DealInput
{
    public string? Name { get; init; }
    public long? PipelineId { get; init; }
    public long? StageId { get; init; }
    public long? Amount { get; init; }
    public string? Currency { get; init; }
    public DateOnly? CloseDate { get; init; }
    public int? Probability { get; init; }
    public string? OwnerId { get; init; }
    public long? AccountId { get; init; }
    public long? ContactId { get; init; }
    public string? CloseReason { get; init; }
}
