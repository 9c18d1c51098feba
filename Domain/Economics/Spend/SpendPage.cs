namespace Lodestar.Domain.Economics.Spend;

/// <summary>
/// A page of spend rows, newest day first, how many match, and the cost of all that match per currency (minor units;
/// amounts in different currencies are not added up here).
/// </summary>
public sealed record SpendPage(IReadOnlyList<MarketingSpend> Items, int Total, IReadOnlyDictionary<string, long> CostByCurrency);
