using Lodestar.Domain.Identity;
using Lodestar.Portal.Client.Features.Identity;

namespace Lodestar.Portal.Features.Identity;

/// <summary>Identity rules between the domain and the client contract.</summary>
internal static class IdentityRulesMapping
{
    public static IdentityRulesDto ToDto(IdentityRules rules, bool isDefault) => new(
        rules.Types.Select(t => new IdentifierTypeDto(t.Type, t.Limit, t.Keys, ToText(t.Normalization), t.Enabled, IdentifierTypes.IsBuiltIn(t.Type))).ToList(),
        rules.BlockedValues, rules.DefaultRegion, isDefault);

    public static IdentityRules FromDto(IdentityRulesDto dto) => new(
        (dto.Types ?? []).Select(t => new IdentifierTypeRule(t.Type ?? "", t.Limit, t.Keys ?? [], ParseNormalization(t.Normalization), t.Enabled)).ToList(),
        dto.BlockedValues ?? [], dto.DefaultRegion ?? "");

    private static string ToText(IdentifierNormalization normalization) => normalization switch
    {
        IdentifierNormalization.Lowercase => IdentifierNormalizations.Lowercase,
        IdentifierNormalization.Phone => IdentifierNormalizations.Phone,
        _ => IdentifierNormalizations.Trim,
    };

    /// <summary>An unknown name becomes an undefined value, which the rules' validator reports with the row's other problems.</summary>
    private static IdentifierNormalization ParseNormalization(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        IdentifierNormalizations.Trim or null or "" => IdentifierNormalization.Trim,
        IdentifierNormalizations.Lowercase => IdentifierNormalization.Lowercase,
        IdentifierNormalizations.Phone => IdentifierNormalization.Phone,
        _ => (IdentifierNormalization)(-1),
    };
}
