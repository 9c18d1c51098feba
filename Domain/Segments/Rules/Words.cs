using System.Text.RegularExpressions;

namespace Lodestar.Domain.Segments.Rules;

/// <summary>Enum members as lower-case words for messages and summaries ("GreaterThan" → "greater than").</summary>
public static partial class Words
{
    public static string Of<T>(T value) where T : struct, Enum => Split().Replace(value.ToString(), " $1").ToLowerInvariant();

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex Split();
}
