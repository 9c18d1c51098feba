namespace Lodestar.Portal.Client.Features.Identity;

/// <summary>Identifier types in priority order (strongest first), blocked values, and the default phone region.</summary>
/// <param name="BlockedValues">Exact values (case-insensitive) or regular expressions written as <c>/pattern/</c>.</param>
/// <param name="IsDefault">True while no admin has saved rules (Segment's defaults apply).</param>
public sealed record IdentityRulesDto(
    IReadOnlyList<IdentifierTypeDto> Types,
    IReadOnlyList<string> BlockedValues,
    string DefaultRegion,
    bool IsDefault = false);
