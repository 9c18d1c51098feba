namespace Lodestar.Portal.Client.Features.Identity;

/// <summary>One change a dry run found.</summary>
/// <param name="Kind"><c>merge</c>: today's <paramref name="Profiles"/> would become one profile. <c>split</c>: today's
/// one profile would fall apart into <paramref name="IdentifierGroups"/> (the identifiers of each new profile, as
/// <c>type: value</c>).</param>
public sealed record RulesDryRunChangeDto(
    string Kind,
    IReadOnlyList<DryRunProfileDto> Profiles,
    IReadOnlyList<IReadOnlyList<string>> IdentifierGroups);
