using System.Text.Json;

namespace Lodestar.Portal.Client.Features.Insights;

/// <summary>
/// Saved funnels and path charts (<c>/api/insights</c>), each its owner's own, for Admin, ProductManager and Marketer.
/// Another person's insight is answered as not found. An invalid query is refused with its fields named under
/// <c>query.</c> (<c>query.steps[1].event</c>).
/// </summary>
public interface IInsightsApi
{
    /// <summary>The caller's insights, newest first (results included).</summary>
    Task<IReadOnlyList<InsightDto>> ListAsync(CancellationToken cancellationToken = default);

    Task<InsightDto> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Saves it and puts it at the end of the caller's dashboard; it has no result until it is refreshed.</summary>
    Task<InsightDto> CreateAsync(InsightInput input, CancellationToken cancellationToken = default);

    Task<InsightDto> UpdateAsync(long id, InsightInput input, CancellationToken cancellationToken = default);

    Task DeleteAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Runs the query now and stores its result and time.</summary>
    Task<InsightDto> RefreshAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>What the funnel and paths pages call to save the query they show (the JSON of their query DTO).</summary>
    Task<InsightDto> SaveAsync(string name, InsightKind kind, string queryJson, CancellationToken cancellationToken = default)
    {
        using var query = JsonDocument.Parse(queryJson);
        return CreateAsync(new InsightInput { Name = name, Kind = kind, Query = query.RootElement.Clone() }, cancellationToken);
    }
}
