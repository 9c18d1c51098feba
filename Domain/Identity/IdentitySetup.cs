namespace Lodestar.Domain.Identity;

/// <summary>What one resolution pass works with: the rules, and the decisions admins have made.</summary>
public sealed record IdentitySetup(IdentifierExtractor Extractor, IdentitySeparations Separations, IReadOnlyList<IdentityOverride> Links)
{
    public static IdentitySetup Of(IdentityRules rules, IReadOnlyList<IdentityOverride> overrides) => new(
        new IdentifierExtractor(new IdentifierNormalizer(rules)),
        new IdentitySeparations(overrides.Where(o => o.Kind == IdentityOverrideKind.Separate).Select(o => (o.Left, o.Right))),
        overrides.Where(o => o.Kind == IdentityOverrideKind.Link).OrderBy(o => o.AfterEventId).ThenBy(o => o.Id).ToList());

    public IdentityResolver ResolverFor(IdentityGraph graph) => new(Extractor, graph, Separations);
}
