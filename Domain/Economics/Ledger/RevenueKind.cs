namespace Lodestar.Domain.Economics.Ledger;

/// <summary>Where a ledger entry comes from; refunds subtract, everything else is a purchase.</summary>
public enum RevenueKind
{
    Order = 0,
    Refund = 1,
    Deal = 2,
    Import = 3,
}
