using Lodestar.Domain.Economics.Ledger;

namespace Lodestar.Domain.Economics.Import;

/// <summary>
/// A historical order or refund from a CSV import, kept with the identifier that names its customer: the economics
/// job finds the profile holding that identifier each time it runs, so transactions imported before the customer's
/// events arrive still count once they do.
/// </summary>
public class ImportedTransaction
{
    public long Id { get; set; }

    public required string OrderId { get; set; }

    /// <summary><see cref="RevenueKind.Import"/> (an order) or <see cref="RevenueKind.Refund"/>.</summary>
    public RevenueKind Kind { get; set; }

    public DateTime OccurredAt { get; set; }

    /// <summary>Positive, minor units of <see cref="Currency"/>.</summary>
    public long Amount { get; set; }

    public required string Currency { get; set; }

    /// <summary><c>user_id</c> or <c>email</c>, with <see cref="IdentifierValue"/> normalised as identity resolution stores it.</summary>
    public required string IdentifierType { get; set; }

    public required string IdentifierValue { get; set; }

    public required string FileName { get; set; }

    public DateTime ImportedAt { get; set; }
}
