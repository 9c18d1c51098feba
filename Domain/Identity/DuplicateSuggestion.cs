namespace Lodestar.Domain.Identity;

/// <summary>
/// Two profiles that probably are one person although no identifier links them, for a person to accept or reject.
/// Decisions are kept, so a rejected pair is never suggested again.
/// </summary>
public class DuplicateSuggestion
{
    public long Id { get; set; }

    /// <summary>The lower profile id of the pair.</summary>
    public long LeftProfileId { get; set; }

    public long RightProfileId { get; set; }

    public double Probability { get; set; }

    /// <summary>The per-field comparison (JSON): both values, the agreement level and its weight.</summary>
    public required string Evidence { get; set; }

    public DuplicateStatus Status { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? DecidedAt { get; set; }

    public string? DecidedBy { get; set; }
}
