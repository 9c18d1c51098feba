using System.Text.Json;
using Lodestar.Portal.Client.Features.Funnels;
using Lodestar.Portal.Client.Features.Paths;

namespace Lodestar.Portal.Client.Features.Insights;

/// <summary>What a saved insight's chart shows, in words for its title: its query's range and shape.</summary>
public static class InsightWords
{
    public static string Describe(InsightDto insight)
    {
        try
        {
            if (insight.Kind == InsightKind.Paths && insight.Query.Deserialize<PathQueryDto>(JsonSerializerOptions.Web) is { } paths)
                return $"{(paths.Direction == PathDirection.After ? "After" : "Before")} {paths.Event}, {paths.Depth} steps, {paths.From:yyyy-MM-dd} to {paths.To:yyyy-MM-dd}";
            if (insight.Kind == InsightKind.Funnel && insight.Query.Deserialize<FunnelQueryDto>(JsonSerializerOptions.Web) is { } funnel)
                return $"{funnel.Steps.Count} steps, entering {funnel.From:yyyy-MM-dd} to {funnel.To:yyyy-MM-dd}";
        }
        catch (JsonException)
        {
            // A query the client cannot read still has a name and a chart.
        }

        return insight.Name;
    }
}
