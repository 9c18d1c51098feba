using System.Text.Json.Serialization;
using Lodestar.Portal.Client.Features.Segments.Rules;

namespace Lodestar.Portal.Client.Features.Insights;

[JsonConverter(typeof(CamelCaseEnumConverter<InsightKind>))]
public enum InsightKind
{
    /// <summary>The query is a <see cref="Funnels.FunnelQueryDto"/>, the result a <see cref="Funnels.FunnelResultDto"/>.</summary>
    Funnel,

    /// <summary>The query is a <see cref="Paths.PathQueryDto"/>, the result a <see cref="Paths.PathResultDto"/>.</summary>
    Paths,
}
