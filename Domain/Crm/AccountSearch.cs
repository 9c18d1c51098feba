namespace Lodestar.Domain.Crm;

/// <summary>A page of accounts: free text over name and domain, owner, sort key.</summary>
public sealed record AccountSearch(string? Q, string? OwnerId, string? Sort, int Offset, int Limit)
{
    public static IReadOnlyList<string> SortKeys { get; } = ["name", "contacts", "createdAt", "updatedAt"];
}
