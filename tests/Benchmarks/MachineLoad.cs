using System.Globalization;

namespace Lodestar.Benchmarks;

/// <summary>
/// How busy the machine is (all processes, from /proc/stat). Other work on a 2-core machine skews every figure, so
/// each benchmark waits for a quiet machine first and prints how busy it was.
/// </summary>
public static class MachineLoad
{
    private const double QuietPercent = 15;

    /// <summary>CPU busy percentage of the whole machine over <paramref name="interval"/>; null off Linux.</summary>
    public static async Task<double?> BusyPercentAsync(TimeSpan interval)
    {
        var first = Read();
        await Task.Delay(interval);
        return BusyPercent(first, Read());
    }

    /// <summary>Waits (up to <paramref name="maxWait"/>) until the machine is below 15% busy; prints the outcome.</summary>
    public static async Task WaitForQuietAsync(TimeSpan maxWait)
    {
        var started = DateTime.UtcNow;
        double? busy;
        var said = false;
        while ((busy = await BusyPercentAsync(TimeSpan.FromSeconds(1))) is > QuietPercent && DateTime.UtcNow - started < maxWait)
        {
            if (!said)
                Console.WriteLine($"  machine {busy:N0}% busy with other work; waiting up to {maxWait.TotalSeconds:N0} s for it to settle…");
            said = true;
        }

        var note = busy is > QuietPercent ? " — NOT QUIET, figures are skewed by other processes" : "";
        Console.WriteLine($"  machine load before start: {busy?.ToString("N0", CultureInfo.InvariantCulture) ?? "?"}% busy, " +
                          $"load average {LoadAverage()}{note}");
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    /// <summary>Busy percentage of the whole machine between two <see cref="Read"/> samples.</summary>
    public static double? BusyPercent((long Idle, long Total)? first, (long Idle, long Total)? second)
    {
        if (first is null || second is null)
            return null;
        var total = second.Value.Total - first.Value.Total;
        return total <= 0 ? null : 100.0 * (1 - (double)(second.Value.Idle - first.Value.Idle) / total);
    }

    public static (long Idle, long Total)? Read()
    {
        if (!File.Exists("/proc/stat"))
            return null;
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var values = cpu.Skip(1).Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var idle = values[3] + (values.Length > 4 ? values[4] : 0);
        return (idle, values.Take(8).Sum());
    }
}
