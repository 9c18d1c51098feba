using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Lodestar.Portal.Client.Features.Identity;

/// <summary>The identity rules while an admin edits them: types in priority order, blocked values, default region.</summary>
public sealed partial class IdentityRulesDraft
{
    public List<IdentifierTypeDraft> Types { get; } = [];

    public List<string> BlockedValues { get; } = [];

    public string DefaultRegion { get; set; } = "US";

    public static IdentityRulesDraft From(IdentityRulesDto dto)
    {
        var draft = new IdentityRulesDraft { DefaultRegion = dto.DefaultRegion };
        draft.Types.AddRange(dto.Types.Select(IdentifierTypeDraft.From));
        draft.BlockedValues.AddRange(dto.BlockedValues);
        return draft;
    }

    public IdentityRulesDto ToDto() =>
        new([.. Types.Select(t => t.ToDto())], [.. BlockedValues], DefaultRegion.Trim().ToUpperInvariant());

    /// <summary>Equal for rules that would be sent the same, so undoing an edit counts as no edit.</summary>
    public string Fingerprint() => JsonSerializer.Serialize(ToDto());

    public void Move(IdentifierTypeDraft type, int offset)
    {
        var from = Types.IndexOf(type);
        var to = from + offset;
        if (from < 0 || to < 0 || to >= Types.Count)
            return;
        Types.RemoveAt(from);
        Types.Insert(to, type);
    }

    /// <summary>A custom type goes last: a new identifier should not outrank the ones profiles are already built on.</summary>
    public IdentifierTypeDraft AddCustom()
    {
        var type = new IdentifierTypeDraft { Normalization = IdentifierNormalizations.Trim, Limit = 5 };
        Types.Add(type);
        return type;
    }

    public void Remove(IdentifierTypeDraft type)
    {
        if (!type.BuiltIn)
            Types.Remove(type);
    }

    /// <returns>False when the value (ignoring case) is already blocked.</returns>
    public bool AddBlocked(string value)
    {
        if (BlockedValues.Contains(value, StringComparer.OrdinalIgnoreCase))
            return false;
        BlockedValues.Add(value);
        return true;
    }

    /// <summary>
    /// Puts the server's validation messages on the rows they are about and returns every message with a label a person
    /// recognises. <paramref name="sent"/> is the row order at the time of sending, which <c>types[i]</c> refers to.
    /// </summary>
    public IReadOnlyList<(string Field, string Message)> ApplyErrors(
        IReadOnlyList<IdentifierTypeDraft> sent, IReadOnlyDictionary<string, string[]> errors)
    {
        foreach (var type in Types)
            type.Error = null;
        var lines = new List<(string, string)>();
        foreach (var (field, messages) in errors)
        {
            var row = TypeIndex().Match(field) is { Success: true } match
                && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                && index < sent.Count ? sent[index] : null;
            if (row is not null)
                row.Error = string.Join(" ", messages);
            var label = row is not null ? $"Identifier type {(row.Type.Trim().Length > 0 ? row.Type.Trim() : "(unnamed)")}"
                : Labels.GetValueOrDefault(field, field);
            lines.AddRange(messages.Select(m => (label, m)));
        }

        return lines;
    }

    private static readonly Dictionary<string, string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["types"] = "Identifier types",
        ["blockedValues"] = "Blocked values",
        ["defaultRegion"] = "Default phone region",
    };

    [GeneratedRegex(@"^types\[(\d+)\]", RegexOptions.IgnoreCase)]
    private static partial Regex TypeIndex();
}
