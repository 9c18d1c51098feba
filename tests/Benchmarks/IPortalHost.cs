namespace Lodestar.Benchmarks;

/// <summary>A running portal to send requests to.</summary>
public interface IPortalHost : IAsyncDisposable
{
    string Description { get; }

    Uri BaseAddress { get; }

    /// <summary>CPU time the portal used so far; null when it runs inside this process.</summary>
    TimeSpan? ServerCpuTime { get; }

    bool RunsInThisProcess { get; }

    /// <summary>The process the portal runs in (for its I/O counters).</summary>
    int ProcessId { get; }
}
