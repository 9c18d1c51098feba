namespace Lodestar.Domain.Economics.Ledger;

/// <summary>
/// A money movement as a source reports it, before de-duplication and conversion: an <c>Order Completed</c> or
/// <c>Order Refunded</c> event, a won deal or an imported transaction, attributed to a resolved profile.
/// </summary>
/// <param name="OrderId">Orders with the same id count once; a refund names the order it returns.</param>
/// <param name="Amount">Minor units of <paramref name="Currency"/>; null when the source gave none (a refund then returns what is left of its order).</param>
/// <param name="Currency">ISO 4217; null means the workspace currency.</param>
public sealed record RevenueEntry(long ProfileId, DateTime At, RevenueKind Kind, string? OrderId, long? Amount, string? Currency);
