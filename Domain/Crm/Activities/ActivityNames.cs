using System.Text.RegularExpressions;

namespace Lodestar.Domain.Crm.Activities;

/// <summary>Activity kinds, directions and call outcomes as the API and the history name them: lower case, words joined by '-'.</summary>
public static partial class ActivityNames
{
    public static string Of<T>(T value) where T : struct, Enum => WordStart().Replace(value.ToString(), "-$1").ToLowerInvariant();

    /// <summary>"a call", "an email": the kind in a sentence.</summary>
    public static string WithArticle(ActivityKind kind) => (kind == ActivityKind.Email ? "an " : "a ") + Of(kind);

    /// <summary>The value named <paramref name="text"/> (any case); null for empty text or a name that is not one.</summary>
    public static T? Parse<T>(string? text) where T : struct, Enum =>
        string.IsNullOrWhiteSpace(text) ? null : Enum.GetValues<T>().Cast<T?>().FirstOrDefault(v => Of(v!.Value).Equals(text.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>A list filter's values (each may hold several, comma-separated).</summary>
    /// <exception cref="DomainValidationException">A value is not a <typeparamref name="T"/>; names <paramref name="field"/>.</exception>
    public static IReadOnlyList<T> ParseAll<T>(IEnumerable<string>? values, string field, string noun) where T : struct, Enum
    {
        var result = new List<T>();
        foreach (var text in (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (Parse<T>(text) is not { } value)
                throw new DomainValidationException(field, Unknown<T>(text, noun));
            if (!result.Contains(value))
                result.Add(value);
        }

        return result;
    }

    /// <summary>The message for a value that is not a <typeparamref name="T"/>, listing the ones that are.</summary>
    public static string Unknown<T>(string text, string noun) where T : struct, Enum
    {
        var names = Enum.GetValues<T>().Select(v => Of(v)).ToList();
        return $"'{text}' is not {noun}: use {string.Join(", ", names[..^1])} or {names[^1]}.";
    }

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex WordStart();
}
