namespace Lodestar.Domain.Crm;

/// <summary>The lists' sort parameter: a key, with a leading <c>-</c> for descending.</summary>
internal static class CrmSorts
{
    /// <exception cref="DomainValidationException">The key is not one of <paramref name="keys"/>.</exception>
    public static void Check(string? sort, IReadOnlyList<string> keys)
    {
        if (Problem(sort, keys) is { } problem)
            throw new DomainValidationException("sort", problem);
    }

    /// <returns>What is wrong with the sort; null when it is one of <paramref name="keys"/> (or none).</returns>
    public static string? Problem(string? sort, IReadOnlyList<string> keys) =>
        sort is not null && !keys.Contains(sort.TrimStart('-'))
            ? $"Unknown sort '{sort}': use one of {string.Join(", ", keys)}, with a leading '-' for descending."
            : null;

    public static (string? Key, bool Descending) Parse(string? sort) => (sort?.TrimStart('-'), sort?.StartsWith('-') == true);
}
