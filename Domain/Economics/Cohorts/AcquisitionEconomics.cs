namespace Lodestar.Domain.Economics.Cohorts;

/// <summary>
/// What a group of new customers cost and brought in (minor units of the workspace currency).
/// </summary>
/// <param name="Cac">Spend ÷ new customers; null without new customers.</param>
/// <param name="Ltv">Net revenue to date per new customer; null without new customers.</param>
/// <param name="LtvToCac">null when there was no spend.</param>
/// <param name="PaybackMonths">Months after the month of the first purchase by which cumulative revenue per customer
/// reached the CAC (0 = in the first month); null when it has not yet.</param>
public sealed record AcquisitionEconomics(long Spend, int NewCustomers, long Revenue, double? Cac, double? Ltv, double? LtvToCac, int? PaybackMonths);
