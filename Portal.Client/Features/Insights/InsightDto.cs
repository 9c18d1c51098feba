using System.Text.Json;

namespace Lodestar.Portal.Client.Features.Insights;

/// <summary>A saved funnel or path chart: its query, and the result of its last run with when that was.</summary>
public sealed class InsightDto
{
    public long Id { get; set; }

    public string Name { get; set; } = "";

    public InsightKind Kind { get; set; }

    /// <summary>The query as the funnels or paths API takes it.</summary>
    public JsonElement Query { get; set; }

    /// <summary>The last result as that API gave it; null until the first refresh.</summary>
    public JsonElement? Result { get; set; }

    public DateTime? ComputedAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
