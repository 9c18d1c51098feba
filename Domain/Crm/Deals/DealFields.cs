namespace Lodestar.Domain.Crm.Deals;

/// <summary>A deal's editable fields, as entered (amount in minor units).</summary>
public sealed record DealFields
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
