namespace Lodestar.Domain.Economics.Reports;

/// <summary>CAC, LTV, LTV:CAC and payback per channel or month of a period, and over all of it.</summary>
public sealed record CacReport(DateTime? ComputedAt, string Currency, DateOnly From, DateOnly To, CacGrouping GroupBy, IReadOnlyList<CacRow> Rows, CacRow Total);
