namespace Lodestar.Domain.Crm.Deals;

/// <summary>A page of deals: free text over the name, filters, sort key.</summary>
public sealed record DealSearch(string? Q, long? PipelineId, long? StageId, string? OwnerId, long? AccountId, long? ContactId,
    StageOutcome? Outcome, string? Sort, int Offset, int Limit)
{
    public static IReadOnlyList<string> SortKeys { get; } = ["name", "amount", "closeDate", "stage", "createdAt", "updatedAt"];
}
