namespace Lodestar.Portal.Client.Features.Identity;

/// <summary>
/// One identifier type while an admin edits it. Keys stay the text the admin typed until the rules are sent, so a
/// half-typed list is never rewritten under the cursor.
/// </summary>
public sealed class IdentifierTypeDraft
{
    public const string UserId = "user_id";

    public string Type { get; set; } = "";

    /// <summary>Comma-separated message paths, e.g. <c>traits.crm_id, properties.crm_id</c>.</summary>
    public string KeysText { get; set; } = "";

    public string Normalization { get; set; } = IdentifierNormalizations.Trim;

    public int Limit { get; set; } = 5;

    public bool Enabled { get; set; } = true;

    public bool BuiltIn { get; init; }

    /// <summary>Two userIds are never one person, so user_id keeps a limit of 1 and cannot be switched off.</summary>
    public bool IsUserId => BuiltIn && Type == UserId;

    /// <summary>What the server said about this row when the rules were last sent.</summary>
    public string? Error { get; set; }

    public static IdentifierTypeDraft From(IdentifierTypeDto dto) => new()
    {
        Type = dto.Type,
        KeysText = string.Join(", ", dto.Keys),
        Normalization = dto.Normalization,
        Limit = dto.Limit,
        Enabled = dto.Enabled,
        BuiltIn = dto.BuiltIn,
    };

    public IdentifierTypeDto ToDto() => new(
        Type.Trim().ToLowerInvariant(),
        Limit,
        KeysText.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        Normalization,
        Enabled,
        BuiltIn);
}
