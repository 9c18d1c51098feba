using System.Text;

namespace Lodestar.Domain.Destinations.Files;

/// <summary>
/// Writes a whole file under a temporary name and then moves it over the final one: a reader never sees half a file,
/// and a batch sent again (a resumed run) replaces its file instead of adding a second one.
/// </summary>
public static class AtomicFile
{
    public const string TemporarySuffix = ".partial";

    public static async Task WriteAsync(string path, string content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + TemporarySuffix;
        await File.WriteAllTextAsync(temporary, content, new UTF8Encoding(false), cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }
}
