using System.Diagnostics;
using System.Text.Json;
using Lodestar.Domain.Funnels;
using Lodestar.Domain.Insights;
using Lodestar.Domain.Paths;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Benchmarks;

/// <summary>
/// A dashboard of six saved insights at R1 (three path charts, three funnels), each computed once and stored; then
/// what opening the dashboard costs on the server: reading the cards with their stored results and parsing them.
/// </summary>
internal sealed class DashboardR1Load(ServiceProvider provider)
{
    private const int Runs = 11;
    private const string Owner = "bench-dashboard";

    /// <returns>The p50 of a load, in seconds.</returns>
    public async Task<double> RunAsync(IReadOnlyList<PathQuery> pathQueries)
    {
        var insights = provider.GetRequiredService<InsightService>();
        var dashboards = provider.GetRequiredService<DashboardService>();
        var paths = provider.GetRequiredService<PathService>();
        var funnels = provider.GetRequiredService<FunnelService>();
        foreach (var query in pathQueries)
            await SaveAsync(insights, InsightKind.Paths, query, JsonSerializer.Serialize(await paths.QueryAsync(query, CancellationToken.None), JsonSerializerOptions.Web));
        foreach (var query in new[] { FunnelsR1Queries.Plain(), FunnelsR1Queries.ByChannel(), FunnelsR1Queries.Plain() with { Trend = FunnelInterval.Week } })
            await SaveAsync(insights, InsightKind.Funnel, query, JsonSerializer.Serialize(await funnels.QueryAsync(query, CancellationToken.None), JsonSerializerOptions.Web));

        var timings = new List<double>();
        long bytes = 0;
        for (var i = 0; i < Runs; i++)
        {
            var watch = Stopwatch.StartNew();
            var items = await dashboards.ItemsAsync(Owner, CancellationToken.None);
            bytes = 0;
            foreach (var item in items)
            {
                using var result = JsonDocument.Parse(item.Insight!.ResultJson!);
                bytes += item.Insight.ResultJson!.Length;
            }

            timings.Add(watch.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"  dashboard of 6 saved insights ({bytes / 1024.0:N0} KB of stored results): loads {string.Join(", ", timings.Select(t => t.ToString("N1")))} ms");
        return new LatencyStats(timings.Skip(1)).P50 / 1000;
    }

    private static async Task SaveAsync(InsightService insights, InsightKind kind, object query, string result)
    {
        var json = JsonSerializer.Serialize(query, JsonSerializerOptions.Web);
        var insight = await insights.CreateAsync(new InsightFields($"{kind} {Guid.NewGuid():N}", kind, json), Owner, CancellationToken.None);
        await insights.StoreResultAsync(insight.Id, Owner, json, result, DateTime.UtcNow, CancellationToken.None);
    }
}
