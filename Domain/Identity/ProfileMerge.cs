namespace Lodestar.Domain.Identity;

/// <summary>The merge ledger: which profile was merged into which, because which identifier appeared on which message.</summary>
public class ProfileMerge
{
    /// <summary>What <see cref="MessageId"/> says when an admin made the merge (an accepted duplicate suggestion).</summary>
    public const string AdminDecision = "admin decision";

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

    /// <summary>The strongest identifier the survivor held just before the merge (what an unmerge keeps apart).</summary>
    public string SurvivorAnchorType { get; set; } = "";

    public string SurvivorAnchorValue { get; set; } = "";

    /// <summary>The strongest identifier the merged profile held just before the merge.</summary>
    public string MergedAnchorType { get; set; } = "";

    public string MergedAnchorValue { get; set; } = "";
}
