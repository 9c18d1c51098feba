namespace Lodestar.Portal.Client.Features.Identity;

/// <summary>How identifier values are normalised before they are compared.</summary>
public static class IdentifierNormalizations
{
    /// <summary>Surrounding white space removed.</summary>
    public const string Trim = "trim";

    /// <summary>Trimmed and lower-cased (emails).</summary>
    public const string Lowercase = "lowercase";

    /// <summary>E.164 with the default region for national numbers.</summary>
    public const string Phone = "phone";

    public static IReadOnlyList<string> All { get; } = [Trim, Lowercase, Phone];
}
