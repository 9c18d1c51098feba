namespace Lodestar.Domain.Economics.Ledger;

/// <summary>The counted lines and what was left out, so a run can say why revenue differs from the raw events.</summary>
/// <param name="DuplicateOrders">Orders whose id was already counted.</param>
/// <param name="Unconverted">Entries in a currency the rate table does not have (left out).</param>
/// <param name="UnmatchedRefunds">Refunds with no amount of an order that is not in the ledger.</param>
public sealed record RevenueLedger(
    IReadOnlyList<LedgerLine> Lines, int DuplicateOrders, int Unconverted, int UnmatchedRefunds, IReadOnlyCollection<string> MissingCurrencies);
