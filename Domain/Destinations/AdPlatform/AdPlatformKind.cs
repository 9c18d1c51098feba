namespace Lodestar.Domain.Destinations.AdPlatform;

/// <summary>Whose customer-list rules and payload shapes an ad-platform destination follows.</summary>
public enum AdPlatformKind
{
    /// <summary>Google Ads Customer Match (OfflineUserDataJobService, the Customer Match upload template).</summary>
    Google,

    /// <summary>Meta Custom Audiences (the /{audience}/users edge, the customer list file).</summary>
    Meta,
}
