using System.Diagnostics;

namespace Lodestar.Portal.Tests.Infrastructure;

/// <summary>
/// Node.js (with the Segment library installed) and Chromium are installed by .ci/run. Where they are missing, the
/// tests that need them are skipped with the reason, unless LODESTAR_REQUIRE_TOOLS=1 (set by .ci/run), which turns
/// a missing tool into a failure so CI can never pass by skipping.
/// </summary>
public static class ExternalTools
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static string RepositoryRoot { get; } = FindRoot();

    public static string SegmentNodeFolder => Path.Combine(RepositoryRoot, "tests", "Portal.Tests", "Compat", "segment-node");

    public static bool Required => Environment.GetEnvironmentVariable("LODESTAR_REQUIRE_TOOLS") == "1";

    public static bool HasSegmentNode =>
        Required || (Directory.Exists(Path.Combine(SegmentNodeFolder, "node_modules", "@segment", "analytics-node")) && CanRun("node", "--version"));

    public static bool HasChromium => Required || File.Exists(ChromiumPath);

    private static bool CanRun(string file, string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true });
            process!.WaitForExit(10_000);
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Portal.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("Portal.sln was not found above " + AppContext.BaseDirectory);
    }
}
