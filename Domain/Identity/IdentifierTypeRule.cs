namespace Lodestar.Domain.Identity;

/// <summary>
/// One identifier type: where it is read from, how many a profile may have, and how values are normalised.
/// Built-in types read their fixed places (see <see cref="IdentityRules.Default"/>); custom types read
/// <see cref="Keys"/>: <c>traits.x</c>, <c>context.traits.x</c>, <c>properties.x</c>, or <c>externalIds:type</c>.
/// </summary>
public sealed record IdentifierTypeRule(
    string Type,
    int Limit,
    IReadOnlyList<string> Keys,
    IdentifierNormalization Normalization = IdentifierNormalization.Trim,
    bool Enabled = true);
