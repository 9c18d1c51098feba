namespace Lodestar.Portal.Client.Features.Economics;

/// <summary>
/// A page of spend rows, newest day first; <paramref name="Total"/> rows match the filters, and
/// <paramref name="CostByCurrency"/> is what all of them cost, per currency in its units (not converted).
/// </summary>
public sealed record SpendPageDto(IReadOnlyList<SpendRowDto> Items, int Total, IReadOnlyDictionary<string, decimal>? CostByCurrency = null);
