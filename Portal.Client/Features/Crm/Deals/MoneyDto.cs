namespace Lodestar.Portal.Client.Features.Crm.Deals;

/// <summary>An amount in minor units of an ISO currency.</summary>
public sealed record MoneyDto(string Currency, long Amount);
