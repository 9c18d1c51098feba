namespace Lodestar.Domain.Crm;

/// <summary>A page of contacts: free text over name, email, phone and external id, filters and a sort key.</summary>
public sealed record ContactSearch(string? Q, long? AccountId, string? OwnerId, string? Sort, int Offset, int Limit)
{
    public static IReadOnlyList<string> SortKeys { get; } = ["name", "email", "account", "createdAt", "updatedAt"];
}
