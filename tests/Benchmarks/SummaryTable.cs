namespace Lodestar.Benchmarks;

/// <summary>Prints results as an aligned table: benchmark | target | measured | pass.</summary>
public static class SummaryTable
{
    public static void Print(IReadOnlyList<BenchResult> results, string title = "Summary")
    {
        if (results.Count == 0)
            return;
        string[] header = ["benchmark", "target", "measured", "pass"];
        var rows = results.Select(r => new[] { r.Benchmark, r.Target, r.Measured, r.Pass switch { true => "PASS", false => "FAIL", null => "" } }).ToList();
        var widths = Enumerable.Range(0, header.Length).Select(c => rows.Select(r => r[c].Length).Append(header[c].Length).Max()).ToArray();
        Console.WriteLine();
        Console.WriteLine($"== {title} ==");
        Console.WriteLine(Line(header, widths));
        Console.WriteLine(string.Join("-+-", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
            Console.WriteLine(Line(row, widths));
        var failed = results.Count(r => r.Pass == false);
        Console.WriteLine(failed == 0 ? "All targets met." : $"{failed} target(s) missed.");
    }

    private static string Line(string[] cells, int[] widths) =>
        string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd();
}
