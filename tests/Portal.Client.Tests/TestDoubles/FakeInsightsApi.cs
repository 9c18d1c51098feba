using System.Text.Json;
using Lodestar.Portal.Client.Features.Insights;
using Lodestar.Portal.Client.Features.Paths;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Tests.TestDoubles;

/// <summary>
/// Saved insights and the dashboard in memory, as the server keeps them: a new insight goes to the end of the
/// dashboard; a refresh stores <see cref="RefreshResult"/> at <see cref="StoppedClock.Now"/> (or fails with <see cref="RefreshError"/>).
/// </summary>
public sealed class FakeInsightsApi : IInsightsApi, IDashboardsApi
{
    private TaskCompletionSource? _gate;

    public List<InsightDto> Insights { get; } = [];

    public List<DashboardItemInput> Items { get; } = [];

    public List<long> Refreshed { get; } = [];

    public PathResultDto RefreshResult { get; set; } = FakePathsApi.Sample();

    public ApiException? RefreshError { get; set; }

    /// <summary>Holds refreshes until <see cref="Release"/>.</summary>
    public void Hold() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _gate?.TrySetResult();

    public static InsightDto Paths(long id, string name, PathResultDto? result, DateTime? computedAt) => new()
    {
        Id = id,
        Name = name,
        Kind = InsightKind.Paths,
        Query = JsonSerializer.SerializeToElement(new PathQueryDto { Event = "Home", From = new DateOnly(2026, 4, 1), To = new DateOnly(2026, 4, 30) }, JsonSerializerOptions.Web),
        Result = result is null ? null : JsonSerializer.SerializeToElement(result, JsonSerializerOptions.Web),
        ComputedAt = computedAt,
        CreatedAt = StoppedClock.Now.AddDays(-1),
        UpdatedAt = StoppedClock.Now.AddDays(-1),
    };

    public void Add(InsightDto insight, DashboardItemSize size = DashboardItemSize.Medium)
    {
        Insights.Add(insight);
        Items.Add(new DashboardItemInput(insight.Id, size));
    }

    public Task<IReadOnlyList<InsightDto>> ListAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<InsightDto>>([.. Insights]);

    public Task<InsightDto> GetAsync(long id, CancellationToken cancellationToken = default) => Task.FromResult(Find(id));

    public Task<InsightDto> CreateAsync(InsightInput input, CancellationToken cancellationToken = default)
    {
        var insight = new InsightDto { Id = Insights.Count + 1, Name = input.Name ?? "", Kind = input.Kind, Query = input.Query!.Value, CreatedAt = StoppedClock.Now, UpdatedAt = StoppedClock.Now };
        Add(insight);
        return Task.FromResult(insight);
    }

    public Task<InsightDto> UpdateAsync(long id, InsightInput input, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task DeleteAsync(long id, CancellationToken cancellationToken = default)
    {
        Insights.RemoveAll(i => i.Id == id);
        Items.RemoveAll(i => i.InsightId == id);
        return Task.CompletedTask;
    }

    public async Task<InsightDto> RefreshAsync(long id, CancellationToken cancellationToken = default)
    {
        Refreshed.Add(id);
        if (_gate is { } gate)
            await gate.Task;
        if (RefreshError is { } error)
            throw error;
        var insight = Find(id);
        insight.Result = JsonSerializer.SerializeToElement(RefreshResult, JsonSerializerOptions.Web);
        insight.ComputedAt = StoppedClock.Now;
        return insight;
    }

    public Task<DashboardDto> MineAsync(CancellationToken cancellationToken = default) => Task.FromResult(Dashboard());

    public Task<DashboardDto> SaveMineAsync(DashboardInput input, CancellationToken cancellationToken = default)
    {
        Items.Clear();
        Items.AddRange(input.Items ?? []);
        return Task.FromResult(Dashboard());
    }

    private DashboardDto Dashboard() => new([.. Items.Select(i => new DashboardItemDto(Find(i.InsightId), i.Size))]);

    private InsightDto Find(long id) => Insights.FirstOrDefault(i => i.Id == id) ?? throw new ApiException(404, $"You have no saved insight with id {id}.");
}
