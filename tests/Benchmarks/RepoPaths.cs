namespace Lodestar.Benchmarks;

/// <summary>Where the repository and the portal's build output are, found from this program's folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The configuration this benchmark was built in (the portal is built in the same one).</summary>
    public static string Configuration =>
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    public static string PortalOutput => Path.Combine(Root, "Portal", "bin", Configuration, "net10.0");

    public static string PortalDll
    {
        get
        {
            var dll = Path.Combine(PortalOutput, "Lodestar.Portal.dll");
            return File.Exists(dll)
                ? dll
                : throw new FileNotFoundException(
                    $"{dll} is missing. Build the portal first: dotnet build -c {Configuration} Portal", dll);
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Portal.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException($"No Portal.sln above {AppContext.BaseDirectory}: run from the repository.");
    }
}
