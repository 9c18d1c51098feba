namespace Lodestar.Domain.Identity;

/// <summary>
/// One identifier type: where it is read from, how many a profile may have, and how values are normalised.
/// Built-in types read their fixed places (see <see cref="IdentityRules.Default"/>); custom types read
/// <see cref="Keys"/>: <c>traits.x</c>, <c>context.traits.x</c> or <c>properties.x</c>. Entries of <c>context.externalIds[]</c> are
/// read under their own <c>type</c> whatever the rules say, unless a rule of that name is disabled.
/// </summary>
public sealed record IdentifierTypeRule(
    string Type,
    int Limit,
    IReadOnlyList<string> Keys,
    IdentifierNormalization Normalization = IdentifierNormalization.Trim,
    bool Enabled = true);
