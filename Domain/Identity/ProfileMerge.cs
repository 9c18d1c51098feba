namespace Lodestar.Domain.Identity;

/// <summary>The merge ledger: which profile was merged into which, because which identifier appeared on which message.</summary>
public class ProfileMerge
{
    public long Id { get; set; }

    public long SurvivorId { get; set; }

    public long MergedId { get; set; }

    public required string IdentifierType { get; set; }

    public required string IdentifierValue { get; set; }

    public long EventId { get; set; }

    public required string MessageId { get; set; }

    public required string Rule { get; set; }

    /// <summary>The message's timestamp.</summary>
    public DateTime At { get; set; }
}
