using System.Text.Json;
using System.Text.RegularExpressions;
using Lodestar.Domain.Settings;

namespace Lodestar.Domain.Privacy;

/// <summary>The workspace's consent categories: the saved list, or the defaults until an admin saves one.</summary>
public sealed partial class ConsentCategoryService(AppSettingsStore settings)
{
    public const string SettingKey = "privacy.consent.categories";

    public static IReadOnlyList<string> Defaults { get; } = ["analytics", "marketing", "advertising"];

    public async Task<IReadOnlyList<string>> GetAsync(CancellationToken cancellationToken)
    {
        var text = await settings.GetAsync(SettingKey, cancellationToken);
        return text is null ? Defaults : JsonSerializer.Deserialize<string[]>(text) ?? [.. Defaults];
    }

    /// <summary>Saves the list (trimmed, in the order given); keys are lower-case words, as consent managers send them.</summary>
    /// <exception cref="DomainValidationException">A key is empty, too long, repeated or not lower-case; nothing was saved.</exception>
    public async Task<IReadOnlyList<string>> SaveAsync(IReadOnlyList<string>? categories, CancellationToken cancellationToken)
    {
        var keys = Check(categories);
        await settings.SetAsync(SettingKey, JsonSerializer.Serialize(keys), cancellationToken);
        return keys;
    }

    /// <summary>Whether a key is well-formed (lower-case letters, digits, '_' or '-', at most 64 characters).</summary>
    public static bool IsKey(string? key) => key is { Length: > 0 and <= ConsentLimits.CategoryLength } && KeyPattern().IsMatch(key);

    private static string[] Check(IReadOnlyList<string>? categories)
    {
        if (categories is null)
            throw new DomainValidationException("categories", "Give the list of consent categories.");
        if (categories.Count > ConsentLimits.MaxCategories)
            throw new DomainValidationException("categories", $"At most {ConsentLimits.MaxCategories} consent categories.");
        var keys = categories.Select(c => c?.Trim() ?? "").ToArray();
        for (var i = 0; i < keys.Length; i++)
        {
            if (!IsKey(keys[i]))
                throw new DomainValidationException($"categories[{i}]",
                    $"'{keys[i]}' is not a category key: use lower-case letters, digits, '_' or '-' (at most {ConsentLimits.CategoryLength}), like 'marketing'.");
            if (Array.IndexOf(keys, keys[i]) < i)
                throw new DomainValidationException($"categories[{i}]", $"'{keys[i]}' is listed twice.");
        }

        return keys;
    }

    [GeneratedRegex("^[a-z0-9_-]+$")]
    private static partial Regex KeyPattern();
}
