namespace Lodestar.Portal.Client.Features.Economics;

/// <summary>The executive KPIs of a period and of the period of the same length before it; computedAt null before the first economics run.</summary>
public sealed record EconomicsSummaryDto(DateTime? ComputedAt, string Currency, string Attribution, EconomicsPeriodDto Current, EconomicsPeriodDto Previous);
