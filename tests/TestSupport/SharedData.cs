namespace Lodestar.Testing;

/// <summary>
/// The published reference data sets in the <c>shared</c> folder beside the repository (<c>../shared/data</c>), where
/// developers' machines and CI keep them; found from the test's own folder upwards.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string> Folder = new(Find);

    /// <exception cref="FileNotFoundException">The file is not there: the message says where it was looked for.</exception>
    public static string File(params string[] parts)
    {
        var path = Path.Combine([Folder.Value, .. parts]);
        return System.IO.File.Exists(path) ? path : throw new FileNotFoundException($"{path} is missing from the shared data folder.", path);
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Portal.sln")))
            {
                var data = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
                return Directory.Exists(data)
                    ? data
                    : throw new DirectoryNotFoundException($"The reference data sets belong in {data} (../shared/data beside the repository).");
            }
        }

        throw new DirectoryNotFoundException($"No Portal.sln above {AppContext.BaseDirectory}: the tests run from the repository.");
    }
}
