namespace Lodestar.Domain.Profiles;

/// <summary>
/// Which profiles to list: by one identifier (type and value, normalised by the rules), by free text over identifiers,
/// names and traits, or all of them, most recently seen first.
/// </summary>
public sealed record ProfileSearch(string? Q = null, string? IdentifierType = null, string? IdentifierValue = null, int Offset = 0, int Limit = 25)
{
    public const int MaxLimit = 200;

    /// <summary>Free-text matches gathered per kind (identifier prefix, name, trait) before ranking.</summary>
    public const int MatchCap = 500;
}
