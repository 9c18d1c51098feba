using System.Text.Json;

namespace Lodestar.Portal.Client.Features.Insights;

/// <summary>A saved funnel or path chart as it is created or changed; a changed query forgets the stored result.</summary>
public sealed class InsightInput
{
    public string? Name { get; set; }

    public InsightKind Kind { get; set; }

    /// <summary>A <see cref="Funnels.FunnelQueryDto"/> or <see cref="Paths.PathQueryDto"/> as JSON.</summary>
    public JsonElement? Query { get; set; }
}
