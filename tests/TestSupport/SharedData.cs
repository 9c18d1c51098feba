using System.IO.Compression;

namespace Lodestar.Testing;

/// <summary>
/// The published reference data sets: from the <c>shared</c> folder beside the repository (<c>../shared/data</c>) when
/// it is there, else from the copies the repository carries (<c>tests/TestSupport/Data</c>, large files gzipped), so
/// that a clean checkout on its own runs every test. A gzipped copy is unpacked once into the temp folder.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <exception cref="FileNotFoundException">The file is in neither place: the message says where it was looked for.</exception>
    public static string File(params string[] parts)
    {
        var shared = Path.Combine([Root.Value, "..", "shared", "data", .. parts]);
        if (System.IO.File.Exists(shared))
            return Path.GetFullPath(shared);
        var copy = Path.Combine([Root.Value, "tests", "TestSupport", "Data", .. parts]);
        if (System.IO.File.Exists(copy))
            return copy;
        if (System.IO.File.Exists(copy + ".gz"))
            return Unpacked(copy + ".gz", string.Join('_', parts));
        throw new FileNotFoundException($"{Path.Combine(parts)} is neither in {Path.GetFullPath(Path.Combine(Root.Value, "..", "shared", "data"))} nor in tests/TestSupport/Data.", copy);
    }

    private static string Unpacked(string gz, string name)
    {
        var target = Path.Combine(Path.GetTempPath(), "lodestar-test-data", name);
        var info = new FileInfo(target);
        if (info.Exists && info.LastWriteTimeUtc >= System.IO.File.GetLastWriteTimeUtc(gz))
            return target;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        // Unpacked beside and moved into place, so that a parallel test never reads half a file.
        var partial = target + "." + Guid.NewGuid().ToString("N");
        using (var input = new GZipStream(System.IO.File.OpenRead(gz), CompressionMode.Decompress))
        using (var output = System.IO.File.Create(partial))
            input.CopyTo(output);
        System.IO.File.Move(partial, target, overwrite: true);
        return target;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Portal.sln")))
                return dir.FullName;
        }

        throw new DirectoryNotFoundException($"No Portal.sln above {AppContext.BaseDirectory}: the tests run from the repository.");
    }
}
