using System.Text.RegularExpressions;

namespace Lodestar.Domain.Identity;

/// <summary>Checks rules an admin edited and puts them in the form resolution expects.</summary>
public static partial class IdentityRulesValidator
{
    public const int MaxLimit = 1_000;
    public const int MaxBlockedValues = 500;

    /// <returns>The rules with names trimmed and built-in types reading their fixed places.</returns>
    /// <exception cref="DomainValidationException">Every problem found, by field; nothing is returned.</exception>
    public static IdentityRules Normalize(IdentityRules rules)
    {
        var errors = new Dictionary<string, List<string>>();
        void Fail(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
                errors[field] = list = [];
            list.Add(message);
        }

        var types = new List<IdentifierTypeRule>();
        var seen = new HashSet<string>();
        for (var i = 0; i < rules.Types.Count; i++)
        {
            var rule = rules.Types[i];
            var field = $"types[{i}]";
            var name = rule.Type.Trim().ToLowerInvariant();
            if (!TypeName().IsMatch(name))
                Fail(field, $"'{rule.Type}' is not a usable type name: use 1–64 lower-case letters, digits or underscores.");
            else if (!seen.Add(name))
                Fail(field, $"The type {name} is listed twice.");
            if (rule.Limit is < 1 or > MaxLimit)
                Fail(field, $"The limit of {name} must be between 1 and {MaxLimit}.");
            if (!Enum.IsDefined(rule.Normalization))
                Fail(field, $"The normalisation of {name} must be trim, lowercase or phone.");
            if (name == IdentifierTypes.UserId && (rule.Limit != 1 || !rule.Enabled))
                Fail(field, "user_id is always enabled with a limit of 1: two userIds are never one person.");
            var keys = rule.Keys.Select(k => k.Trim()).Where(k => k.Length > 0).ToList();
            if (IdentifierTypes.IsBuiltIn(name))
                keys = [.. IdentityRules.Default.Types.First(t => t.Type == name).Keys];
            else if (keys.Count == 0)
                Fail(field, $"Say where {name} is read from, e.g. traits.{name}.");
            foreach (var key in keys.Where(k => !IdentityRules.Default.Types.Any(t => t.Keys.Contains(k)) && !KeyPath().IsMatch(k)))
                Fail(field, $"'{key}' is not a place identifiers are read from: use traits.x, context.traits.x or properties.x.");
            types.Add(rule with { Type = name, Keys = keys });
        }

        foreach (var builtIn in IdentityRules.Default.Types.Where(t => !seen.Contains(t.Type)))
            Fail("types", $"The built-in type {builtIn.Type} is missing; disable it instead of removing it.");
        var blocked = rules.BlockedValues.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (blocked.Count > MaxBlockedValues)
            Fail("blockedValues", $"At most {MaxBlockedValues} blocked values.");
        if (blocked.FirstOrDefault(v => v.Length > 256) is { } tooLong)
            Fail("blockedValues", $"'{tooLong[..40]}…' is longer than 256 characters.");
        if (BlockedValues.Validate(blocked) is { } blockedError)
            Fail("blockedValues", blockedError);
        var region = rules.DefaultRegion.Trim().ToUpperInvariant();
        if (!PhoneNumbers.Regions.Contains(region, StringComparer.OrdinalIgnoreCase))
            Fail("defaultRegion", $"'{rules.DefaultRegion}' is not a region phone numbers can be read in; use one of {string.Join(", ", PhoneNumbers.Regions)}.");
        if (errors.Count > 0)
            throw new DomainValidationException(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        return new IdentityRules(types, blocked, region);
    }

    [GeneratedRegex("^[a-z0-9_]{1,64}$")]
    private static partial Regex TypeName();

    [GeneratedRegex(@"^(traits|context\.traits|properties)\.[A-Za-z0-9_$\-]+(\.[A-Za-z0-9_$\-]+)*$")]
    private static partial Regex KeyPath();
}
