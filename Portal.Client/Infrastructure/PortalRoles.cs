namespace Lodestar.Portal.Client.Infrastructure;

/// <summary>The portal's roles (the same names as the server's; a test keeps them equal) and what each is for.</summary>
public static class PortalRoles
{
    public const string Admin = "Admin";
    public const string Marketer = "Marketer";
    public const string Executive = "Executive";
    public const string ProductManager = "ProductManager";
    public const string Sales = "Sales";

    public static IReadOnlyList<string> All { get; } = [Admin, Marketer, Executive, ProductManager, Sales];

    public static string Describe(string role) => role switch
    {
        Admin => "Everything, including users, API keys, sources and jobs.",
        Marketer => "Events, profiles, segments, funnels, economics and destinations.",
        Executive => "Profiles, the economics dashboard and the CRM (read).",
        ProductManager => "Events, profiles, segments and funnels.",
        Sales => "Profiles and the CRM.",
        _ => "",
    };
}
