namespace Lodestar.Portal.Client.Features.Crm.Deals;

/// <summary>A deal; <see cref="Amount"/> is in minor units of <see cref="Currency"/>, <see cref="Outcome"/> is open, won or lost.</summary>
public sealed record DealDto(
    long Id,
    string Name,
    long PipelineId,
    string PipelineName,
    long StageId,
    string StageName,
    string Outcome,
    long Amount,
    string Currency,
    DateOnly? CloseDate,
    int Probability,
    int? ProbabilityOverride,
    string? OwnerId,
    string? OwnerName,
    long? AccountId,
    string? AccountName,
    long? ContactId,
    string? ContactName,
    string? CloseReason,
    DateTime? ClosedAt,
    DateTime StageChangedAt,
    DateTime CreatedAt,
    DateTime UpdatedAt);
