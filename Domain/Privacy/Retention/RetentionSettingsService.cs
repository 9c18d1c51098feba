using System.Text.Json;
using Lodestar.Domain.Settings;

namespace Lodestar.Domain.Privacy.Retention;

/// <summary>
/// The retention limit of each data class, kept in the app settings. A class without a saved limit is kept forever,
/// so nothing is purged until an admin chooses a limit.
/// </summary>
public sealed class RetentionSettingsService(AppSettingsStore settings, IEnumerable<IRetentionPurger> purgers, TimeProvider time)
{
    public const string SettingKey = "privacy.retention";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly IReadOnlyList<IRetentionPurger> _classes = [.. purgers];

    public async Task<RetentionSettings> GetAsync(CancellationToken cancellationToken)
    {
        var text = await settings.GetAsync(SettingKey, cancellationToken);
        var stored = text is null ? null : JsonSerializer.Deserialize<Stored>(text, Json);
        return ToSettings(stored);
    }

    /// <summary>Replaces every limit: a class not listed is kept forever from now on.</summary>
    /// <exception cref="DomainValidationException">A class is unknown or repeated, or a limit is not 1..3650 days; nothing was saved.</exception>
    public async Task<RetentionSettings> SaveAsync(IReadOnlyList<RetentionLimitInput?>? limits, string by, CancellationToken cancellationToken)
    {
        var stored = new Stored(Check(limits), time.GetUtcNow().UtcDateTime, by);
        await settings.SetAsync(SettingKey, JsonSerializer.Serialize(stored, Json), cancellationToken);
        return ToSettings(stored);
    }

    private RetentionSettings ToSettings(Stored? stored) => new(
        _classes.Select(p => new RetentionClassSetting(p.Class, p.Name, p.Description,
            stored?.Limits.TryGetValue(p.Class, out var days) == true ? days : null)).ToList(),
        stored?.UpdatedAt, stored?.UpdatedBy);

    private Dictionary<string, int> Check(IReadOnlyList<RetentionLimitInput?>? limits)
    {
        if (limits is null)
            throw new DomainValidationException("classes", $"Give the limit of each class: {{ \"class\": \"{RetentionClasses.Events}\", \"days\": 365 }}, or days null to keep it forever.");
        var known = _classes.Select(p => p.Class).ToList();
        var errors = new Dictionary<string, string[]>();
        var result = new Dictionary<string, int>();
        var seen = new HashSet<string>();
        for (var i = 0; i < limits.Count; i++)
        {
            var key = limits[i]?.Class?.Trim().ToLowerInvariant();
            var days = limits[i]?.Days;
            if (string.IsNullOrEmpty(key) || !known.Contains(key))
                errors[$"classes[{i}].class"] = [$"'{limits[i]?.Class}' is not a data class. The classes are: {string.Join(", ", known)}."];
            else if (!seen.Add(key))
                errors[$"classes[{i}].class"] = [$"'{key}' is listed twice."];
            if (days is <= 0 or > RetentionLimits.MaxDays)
                errors[$"classes[{i}].days"] = [$"Keep between 1 and {RetentionLimits.MaxDays:N0} days, or null to keep forever; {days} is not."];
            else if (days is { } d && key is not null && known.Contains(key))
                result[key] = d;
        }

        if (errors.Count > 0)
            throw new DomainValidationException(errors);
        return result;
    }

    private sealed record Stored(Dictionary<string, int> Limits, DateTime UpdatedAt, string UpdatedBy);
}
