namespace Lodestar.Domain.Identity;

public enum IdentityOverrideKind
{
    /// <summary>The two identifiers never belong to one profile (an admin's unmerge), from the first event on.</summary>
    Separate = 1,

    /// <summary>The profiles holding the two identifiers are one person (an accepted duplicate suggestion).</summary>
    Link = 2,
}
