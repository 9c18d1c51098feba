namespace Lodestar.Benchmarks;

/// <summary>One line of the summary: what was measured against which target. Pass is null when there is no target.</summary>
public sealed record BenchResult(string Benchmark, string Target, string Measured, bool? Pass)
{
    public static BenchResult AtLeast(string name, double measured, double target, string unit, string format = "N0") =>
        new(name, $"≥ {target.ToString(format)} {unit}", $"{measured.ToString(format)} {unit}", measured >= target);

    public static BenchResult Below(string name, double measured, double target, string unit, string format = "N0") =>
        new(name, $"< {target.ToString(format)} {unit}", $"{measured.ToString(format)} {unit}", measured < target);

    public static BenchResult Info(string name, string measured) => new(name, "-", measured, null);
}
