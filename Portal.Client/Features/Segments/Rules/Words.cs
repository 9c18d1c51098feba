using System.Text.RegularExpressions;

namespace Lodestar.Portal.Client.Features.Segments.Rules;

/// <summary>
/// Enum members as lower-case words ("GreaterThan" → "greater than"), as the Domain's <c>Words</c> writes them, so the
/// builder's messages read exactly like the server's.
/// </summary>
public static partial class Words
{
    public static string Of<T>(T value) where T : struct, Enum => Split().Replace(value.ToString(), " $1").ToLowerInvariant();

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex Split();
}
