namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>An account list: free text over name and domain; owner; sort (<c>name</c>, <c>contacts</c>, <c>createdAt</c>, <c>updatedAt</c>; <c>-</c> for descending); a page.</summary>
public sealed record AccountQuery(string? Q = null, string? OwnerId = null, string? Sort = null, int Offset = 0, int Limit = 25);
