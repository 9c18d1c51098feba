using Lodestar.Domain.Destinations.Files;
using Lodestar.Domain.Destinations.Sending;

namespace Lodestar.Domain.Destinations.CsvFile;

/// <summary>The settings of a CSV file destination: a folder under the file root and the mode.</summary>
public static class CsvFileSettings
{
    public const string Folder = "folder";
    public const string Mode = "mode";

    public static IReadOnlyList<string> Modes { get; } = ["diff", "snapshot"];

    public static CsvFileMode? ModeOf(DestinationTarget target) => target.Setting(Mode)?.Trim().ToLowerInvariant() switch
    {
        null or "diff" => CsvFileMode.Diff,
        "snapshot" => CsvFileMode.Snapshot,
        _ => null,
    };

    public static IReadOnlyDictionary<string, string> Validate(DestinationTarget target, DestinationFolderResolver folders)
    {
        var problems = new Dictionary<string, string>();
        if (folders.Problem(target.Setting(Folder)) is { } folder)
            problems[Folder] = folder;
        if (ModeOf(target) is null)
            problems[Mode] = $"'{target.Setting(Mode)}' is not a mode; choose diff (the changes of each sync) or snapshot (the whole audience each sync).";
        return problems;
    }
}
