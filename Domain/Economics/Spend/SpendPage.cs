namespace Lodestar.Domain.Economics.Spend;

/// <summary>A page of spend rows, newest day first, and how many match.</summary>
public sealed record SpendPage(IReadOnlyList<MarketingSpend> Items, int Total);
