namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>
/// A contact list: free text over name, email, phone and external id; filters; a sort key (<c>name</c>, <c>email</c>,
/// <c>createdAt</c>, <c>updatedAt</c>, <c>account</c>; a leading <c>-</c> for descending) and a page.
/// </summary>
public sealed record ContactQuery(string? Q = null, long? AccountId = null, string? OwnerId = null, string? Sort = null, int Offset = 0, int Limit = 25);
