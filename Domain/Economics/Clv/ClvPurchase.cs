namespace Lodestar.Domain.Economics.Clv;

/// <summary>One purchase: whose (any stable key: a profile id, a customer number), when (UTC) and how much (minor units).</summary>
public readonly record struct ClvPurchase(string CustomerKey, DateTime Timestamp, long Amount);
