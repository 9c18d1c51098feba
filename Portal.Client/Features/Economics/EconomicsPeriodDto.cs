namespace Lodestar.Portal.Client.Features.Economics;

/// <summary>KPIs of whole months from..to (YYYY-MM): revenue booked, customers who bought, and the acquisition economics of the customers acquired.</summary>
public sealed record EconomicsPeriodDto(string From, string To, decimal Revenue, int ActiveCustomers, AcquisitionDto Acquisition);
