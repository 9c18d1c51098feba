namespace Lodestar.Domain.Segments.Queries;

/// <summary>
/// Text comparisons in rules ignore ASCII case: SQLite's <c>lower()</c> folds ASCII only, and the in-memory evaluator
/// folds the same way so that both give the same members.
/// </summary>
public static class RuleText
{
    public static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
            span[i] = source[i] is >= 'A' and <= 'Z' ? (char)(source[i] + 32) : source[i];
    });
}
