using Lodestar.Portal.Client.Features.Paths;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Tests.TestDoubles;

/// <summary>Answers every paths query with <see cref="Result"/> (or <see cref="Error"/>), optionally held until <see cref="Release"/>.</summary>
public sealed class FakePathsApi : IPathsApi
{
    private TaskCompletionSource? _gate;

    public List<PathQueryDto> Queries { get; } = [];

    public PathResultDto Result { get; set; } = Sample();

    public ApiException? Error { get; set; }

    /// <summary>Holds the next queries until <see cref="Release"/>, so a test sees the page while it waits.</summary>
    public void Hold() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _gate?.TrySetResult();

    public async Task<PathResultDto> QueryAsync(PathQueryDto query, CancellationToken cancellationToken = default)
    {
        Queries.Add(query);
        if (_gate is { } gate)
            await gate.Task;
        return Error is { } error ? throw error : Result;
    }

    /// <summary>Home → Product (80) → Cart (30), Home → Search (20), of 120 people.</summary>
    public static PathResultDto Sample() => new()
    {
        Nodes = [new(0, "Home", 0, 120, false), new(1, "Product", 1, 80, false), new(2, "Search", 1, 20, false), new(3, "Cart", 2, 30, false)],
        Links = [new(0, 1, 80), new(0, 2, 20), new(1, 3, 30)],
        People = 120,
        ComputedAt = StoppedClock.Now,
        EventsRead = 1_000,
    };
}
