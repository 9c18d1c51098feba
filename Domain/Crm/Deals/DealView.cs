namespace Lodestar.Domain.Crm.Deals;

/// <summary>A deal with the names the pages show beside it and its probability in force.</summary>
public sealed record DealView(Deal Deal, string PipelineName, string StageName, StageOutcome Outcome, int Probability,
    string? AccountName, string? ContactName, string? OwnerName);
