namespace Lodestar.Portal.Client.Features.Economics;

/// <summary>CAC, LTV, LTV:CAC and payback by channel or by month of first purchase, with the total.</summary>
public sealed record CacReportDto(DateTime? ComputedAt, string Currency, string From, string To, string GroupBy, IReadOnlyList<CacRowDto> Rows, CacRowDto Total);
