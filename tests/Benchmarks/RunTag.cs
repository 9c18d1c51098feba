namespace Lodestar.Benchmarks;

/// <summary>A short tag that makes one run's message ids unique (8 hex digits).</summary>
public static class RunTag
{
    public static string New() => Guid.NewGuid().ToString("N")[..8];
}
