using Lodestar.Domain.Destinations.Sending;
using Microsoft.Extensions.Options;

namespace Lodestar.Domain.Destinations.Files;

/// <summary>
/// Where a file destination's folder setting points. The setting is relative to <see cref="DestinationOptions.FileRoot"/>
/// and can never leave it, so whoever configures a destination in the UI cannot make the server write anywhere else.
/// </summary>
public sealed class DestinationFolderResolver(IOptions<DestinationOptions> options)
{
    public string Root => Path.GetFullPath(options.Value.FileRoot
        ?? throw new InvalidOperationException("Destinations:FileRoot is not set; AddDestinations sets its default."));

    /// <returns>Why <paramref name="folder"/> cannot be used, or null when it can.</returns>
    public string? Problem(string? folder)
    {
        if (string.IsNullOrWhiteSpace(folder))
            return $"Enter the folder the files go to, relative to {Root}.";
        var relative = Normalize(folder);
        if (Path.IsPathRooted(relative) || relative.Contains(':', StringComparison.Ordinal))
            return $"Give the folder relative to {Root}, not as an absolute path.";
        if (relative.IndexOfAny(Path.GetInvalidPathChars()) >= 0 || relative.Contains('\0', StringComparison.Ordinal))
            return "The folder contains characters a folder name cannot have.";
        if (relative.Split(Path.DirectorySeparatorChar).Any(part => part == ".."))
            return $"The folder must stay inside {Root}; '..' is not allowed.";
        return Inside(Path.GetFullPath(Path.Combine(Root, relative))) ? null : $"The folder must stay inside {Root}.";
    }

    /// <summary>The absolute path of a folder setting.</summary>
    /// <exception cref="ArgumentException">The setting is not usable (see <see cref="Problem"/>).</exception>
    public string Resolve(string? folder)
    {
        if (Problem(folder) is { } problem)
            throw new ArgumentException(problem, nameof(folder));
        return Path.GetFullPath(Path.Combine(Root, Normalize(folder!)));
    }

    /// <summary>"Test connection" of a file destination: the folder exists (or is created) and takes a file.</summary>
    public ConnectionTestResult TestWritable(string? folder)
    {
        if (Problem(folder) is { } problem)
            return new ConnectionTestResult(false, problem);
        var path = Resolve(folder);
        var probe = Path.Combine(path, $".lodestar-probe-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(path);
            File.WriteAllText(probe, "probe");
            File.Delete(probe);
            return new ConnectionTestResult(true, $"Lodestar can write files to {path}.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new ConnectionTestResult(false, $"Lodestar cannot write to {path}: {ex.Message}");
        }
    }

    // Both separators are accepted whatever the server's OS, so a folder typed on Windows means the same on Linux.
    private static string Normalize(string folder) =>
        folder.Trim().Replace('\\', Path.DirectorySeparatorChar).Replace('/', Path.DirectorySeparatorChar);

    private bool Inside(string fullPath)
    {
        var relative = Path.GetRelativePath(Root, fullPath);
        return relative == "." || (!Path.IsPathRooted(relative) && relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal));
    }
}
