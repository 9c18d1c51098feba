namespace Lodestar.Domain.Insights;

/// <summary>
/// A saved funnel or path chart of one person: its query (the JSON of the API's query) and the result of its last
/// run, so that a dashboard shows it without recomputing.
/// </summary>
public class SavedInsight
{
    public long Id { get; set; }

    /// <summary>The portal user (or <c>api-key:…</c>) who saved it; only they see it.</summary>
    public required string OwnerUserId { get; set; }

    public required string Name { get; set; }

    public InsightKind Kind { get; set; }

    public required string QueryJson { get; set; }

    /// <summary>The API's result of the last run; null until the first refresh or after the query changed.</summary>
    public string? ResultJson { get; set; }

    public DateTime? ComputedAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
