namespace Lodestar.Portal.Client.Features.Crm.Deals;

/// <summary>
/// A deal list: free text over the name; pipeline, stage, owner, account, contact, outcome (open, won, lost); sort
/// (<c>name</c>, <c>amount</c>, <c>closeDate</c>, <c>stage</c>, <c>createdAt</c>, <c>updatedAt</c>; <c>-</c> for descending); a page.
/// </summary>
public sealed record DealQuery(string? Q = null, long? PipelineId = null, long? StageId = null, string? OwnerId = null, long? AccountId = null,
    long? ContactId = null, string? Outcome = null, string? Sort = null, int Offset = 0, int Limit = 25);
