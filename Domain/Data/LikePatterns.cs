namespace Lodestar.Domain.Data;

/// <summary>
/// LIKE patterns for free-text search that mean the same on SQLite and SQL Server: the text's own <c>%</c>, <c>_</c>
/// and escape characters are escaped with <see cref="Escape"/> (pass it to <c>EF.Functions.Like</c>), and <c>[</c>,
/// special only on SQL Server, is escaped there by the same character.
/// </summary>
public static class LikePatterns
{
    public const string Escape = "\\";

    /// <summary>Matches values that contain <paramref name="text"/> anywhere.</summary>
    public static string Containing(string text) =>
        "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal) + "%";
}
