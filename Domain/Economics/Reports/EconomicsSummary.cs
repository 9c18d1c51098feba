namespace Lodestar.Domain.Economics.Reports;

/// <summary>The executive KPIs of a period and of the period of the same length before it, from the last economics run.</summary>
/// <param name="ComputedAt">When the results were computed; null before the first run (all figures then zero).</param>
public sealed record EconomicsSummary(DateTime? ComputedAt, string Currency, string Attribution, EconomicsPeriod Current, EconomicsPeriod Previous);
