using Lodestar.Domain.Economics.Cohorts;

namespace Lodestar.Domain.Economics.Reports;

/// <summary>
/// The KPI figures of whole months <see cref="From"/>..<see cref="To"/> (firsts of months, inclusive), money in minor
/// units of the workspace currency: net revenue booked in the period, customers who bought in it, and the economics of
/// the customers acquired in it (<see cref="Acquisition"/>: CAC, LTV to date, LTV:CAC, payback) against its spend.
/// </summary>
public sealed record EconomicsPeriod(DateOnly From, DateOnly To, long Revenue, int ActiveCustomers, AcquisitionEconomics Acquisition);
