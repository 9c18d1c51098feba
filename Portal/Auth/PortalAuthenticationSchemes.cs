namespace Lodestar.Portal.Auth;

public static class PortalAuthenticationSchemes
{
    /// <summary>Picks the API key scheme for bearer requests and the Identity cookie for everything else.</summary>
    public const string Default = "Portal";

    public const string ApiKey = "ApiKey";
}
