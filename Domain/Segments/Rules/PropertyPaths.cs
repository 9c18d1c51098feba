using System.Text.RegularExpressions;

namespace Lodestar.Domain.Segments.Rules;

/// <summary>
/// Paths into a message (<c>properties.revenue</c>, <c>context.campaign.source</c>) and their JSON path form
/// (<c>$."properties"."revenue"</c>); every segment is quoted, so keys with spaces or dots in quotes need no escaping rules.
/// </summary>
public static partial class PropertyPaths
{
    public const int MaxLength = 200;

    public static string? Problem(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
            return "a property path is required (e.g. properties.revenue).";
        if (path.Length > MaxLength)
            return $"a property path can be at most {MaxLength} characters.";
        return Valid().IsMatch(path) ? null : $"'{path}' is not a property path: write keys separated by dots, e.g. properties.revenue or context.campaign.source.";
    }

    public static string ToJsonPath(string path) => "$" + string.Concat(path.Split('.').Select(s => $".\"{s}\""));

    public static IReadOnlyList<string> Segments(string path) => path.Split('.');

    [GeneratedRegex("""^[^."\\\s][^."\\]*(\.[^."\\\s][^."\\]*){0,9}$""")]
    private static partial Regex Valid();
}
