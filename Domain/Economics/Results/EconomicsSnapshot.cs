namespace Lodestar.Domain.Economics.Results;

/// <summary>
/// The last economics run: when it computed the stored results, in which currency and attribution model, and what it
/// had to leave out. One row (<see cref="CurrentId"/>); the result tables are replaced with it in one transaction.
/// </summary>
public class EconomicsSnapshot
{
    public const int CurrentId = 1;

    public int Id { get; set; }

    public DateTime ComputedAt { get; set; }

    public required string Currency { get; set; }

    public required string Attribution { get; set; }

    public int Customers { get; set; }

    public long Revenue { get; set; }

    public int DuplicateOrders { get; set; }

    public int UnconvertedEntries { get; set; }

    /// <summary>Comma-separated currencies without a rate, whose amounts were left out.</summary>
    public required string MissingCurrencies { get; set; }

    /// <summary>The predicted-CLV fit as JSON (parameters, log-likelihoods, calibration end), or null when it could not be fitted.</summary>
    public string? ClvModel { get; set; }

    public double ElapsedSeconds { get; set; }
}
