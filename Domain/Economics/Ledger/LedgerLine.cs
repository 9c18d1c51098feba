namespace Lodestar.Domain.Economics.Ledger;

/// <summary>A counted movement in minor units of the workspace currency: a purchase (positive or zero) or a refund (negative).</summary>
public readonly record struct LedgerLine(long ProfileId, DateTime At, long Amount, bool IsPurchase);
