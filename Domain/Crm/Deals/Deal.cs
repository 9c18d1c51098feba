namespace Lodestar.Domain.Crm.Deals;

/// <summary>A sale in progress (or closed): what it is worth, where it stands and who it is with.</summary>
public class Deal
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public long PipelineId { get; set; }

    public long StageId { get; set; }

    /// <summary>In minor units of <see cref="Currency"/>.</summary>
    public long Amount { get; set; }

    /// <summary>ISO 4217 code.</summary>
    public required string Currency { get; set; }

    public DateOnly? CloseDate { get; set; }

    /// <summary>Percent; null follows the stage's probability.</summary>
    public int? Probability { get; set; }

    public string? OwnerId { get; set; }

    public long? AccountId { get; set; }

    public long? ContactId { get; set; }

    /// <summary>Why it was won or lost (required for lost).</summary>
    public string? CloseReason { get; set; }

    /// <summary>When it reached a won or lost stage; null while open.</summary>
    public DateTime? ClosedAt { get; set; }

    public DateTime StageChangedAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Counts saves, so each stage change's event has its own messageId.</summary>
    public int Version { get; set; }
}
