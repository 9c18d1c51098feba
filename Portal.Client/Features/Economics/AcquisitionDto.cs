namespace Lodestar.Portal.Client.Features.Economics;

/// <summary>
/// Customers acquired in a period (or channel, or month) against the spend: money in units of the workspace currency;
/// CAC = spend ÷ new customers, LTV = net revenue to date per new customer, payback = months after the first-purchase
/// month by which revenue per customer reached the CAC (0 = that month; null = not yet).
/// </summary>
public sealed record AcquisitionDto(decimal Spend, int NewCustomers, decimal Revenue, decimal? Cac, decimal? Ltv, double? LtvToCac, int? PaybackMonths);
