using System.Text.RegularExpressions;

namespace Lodestar.Portal.Client.Features.Segments.Rules;

/// <summary>Checks a path into a message (<c>properties.revenue</c>) with the Domain's <c>PropertyPaths</c> rule and words.</summary>
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

    [GeneratedRegex("""^[^."\\\s][^."\\]*(\.[^."\\\s][^."\\]*){0,9}$""")]
    private static partial Regex Valid();
}
