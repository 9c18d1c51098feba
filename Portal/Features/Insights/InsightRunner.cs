using System.Text.Json;
using Lodestar.Domain.Funnels;
using Lodestar.Domain.Insights;
using Lodestar.Domain.Paths;
using Lodestar.Portal.Client.Features.Funnels;
using Lodestar.Portal.Client.Features.Paths;
using Lodestar.Portal.Features.Funnels;
using Lodestar.Portal.Features.Paths;

namespace Lodestar.Portal.Features.Insights;

/// <summary>
/// Reads a saved insight's query as the funnels or paths API would (the stored JSON is that API's query) and runs
/// it; the result is kept as that API's answer, so a dashboard shows it as the pages do.
/// </summary>
internal sealed class InsightRunner(FunnelService funnels, PathService paths)
{
    /// <summary>The query in the API's own JSON form, and what is wrong with it, keyed under <c>query.</c>.</summary>
    public static (string? Json, IReadOnlyDictionary<string, string[]> Problems) Read(InsightKind kind, JsonElement? query)
    {
        if (query is not { ValueKind: JsonValueKind.Object } element)
            return (query?.GetRawText(), new Dictionary<string, string[]>());
        try
        {
            if (kind == InsightKind.Funnel)
            {
                var funnel = element.Deserialize<FunnelQueryDto>(JsonSerializerOptions.Web)!;
                return (JsonSerializer.Serialize(funnel, JsonSerializerOptions.Web), Under(FunnelQueryValidator.Validate(FunnelMapping.ToDomain(funnel))));
            }

            var path = element.Deserialize<PathQueryDto>(JsonSerializerOptions.Web)!;
            return (JsonSerializer.Serialize(path, JsonSerializerOptions.Web), Under(PathQueryValidator.Validate(PathMapping.ToDomain(path))));
        }
        catch (JsonException ex)
        {
            var field = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "query" : "query." + ex.Path.TrimStart('$', '.');
            return (element.GetRawText(), new Dictionary<string, string[]> { [field] = [$"This is not a {Word(kind)} query: {ex.Message}"] });
        }
    }

    /// <summary>The API's answer to the stored query, as JSON, and when it was computed.</summary>
    public async Task<(string Json, DateTime ComputedAt)> RunAsync(InsightKind kind, string queryJson, CancellationToken cancellationToken)
    {
        if (kind == InsightKind.Funnel)
        {
            var funnel = FunnelMapping.ToDto(await funnels.QueryAsync(FunnelMapping.ToDomain(JsonSerializer.Deserialize<FunnelQueryDto>(queryJson, JsonSerializerOptions.Web)!), cancellationToken));
            return (JsonSerializer.Serialize(funnel, JsonSerializerOptions.Web), funnel.ComputedAt);
        }

        var path = PathMapping.ToDto(await paths.QueryAsync(PathMapping.ToDomain(JsonSerializer.Deserialize<PathQueryDto>(queryJson, JsonSerializerOptions.Web)!), cancellationToken));
        return (JsonSerializer.Serialize(path, JsonSerializerOptions.Web), path.ComputedAt);
    }

    private static Dictionary<string, string[]> Under(IReadOnlyDictionary<string, string[]> errors) =>
        errors.ToDictionary(e => "query." + e.Key, e => e.Value);

    private static string Word(InsightKind kind) => kind == InsightKind.Funnel ? "funnel" : "paths";
}
