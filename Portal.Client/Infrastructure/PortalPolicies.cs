using Microsoft.AspNetCore.Authorization;

namespace Lodestar.Portal.Client.Infrastructure;

/// <summary>Who may open which part of the portal. Pages, navigation and API endpoints use the same policies.</summary>
public static class PortalPolicies
{
    public const string ViewEvents = nameof(ViewEvents);
    public const string ViewProfiles = nameof(ViewProfiles);
    public const string ViewSegments = nameof(ViewSegments);
    public const string ViewFunnels = nameof(ViewFunnels);
    public const string ViewEconomics = nameof(ViewEconomics);
    public const string ViewCrm = nameof(ViewCrm);
    public const string EditCrm = nameof(EditCrm);
    public const string ViewDestinations = nameof(ViewDestinations);
    public const string ManageConsent = nameof(ManageConsent);
    public const string RunJobs = nameof(RunJobs);
    public const string Admin = nameof(Admin);

    public static AuthorizationOptions AddPortalPolicies(this AuthorizationOptions options)
    {
        options.AddPolicy(ViewEvents, p => p.RequireRole(PortalRoles.Admin, PortalRoles.Marketer, PortalRoles.ProductManager));
        options.AddPolicy(ViewProfiles, p => p.RequireRole(PortalRoles.All));
        options.AddPolicy(ViewSegments, p => p.RequireRole(PortalRoles.Admin, PortalRoles.Marketer, PortalRoles.ProductManager));
        options.AddPolicy(ViewFunnels, p => p.RequireRole(PortalRoles.Admin, PortalRoles.ProductManager, PortalRoles.Marketer));
        options.AddPolicy(ViewEconomics, p => p.RequireRole(PortalRoles.Admin, PortalRoles.Executive, PortalRoles.Marketer));
        options.AddPolicy(ViewCrm, p => p.RequireRole(PortalRoles.All));
        options.AddPolicy(EditCrm, p => p.RequireRole(PortalRoles.Admin, PortalRoles.Sales));
        options.AddPolicy(ViewDestinations, p => p.RequireRole(PortalRoles.Admin, PortalRoles.Marketer));
        options.AddPolicy(ManageConsent, p => p.RequireRole(PortalRoles.Admin, PortalRoles.Marketer));
        options.AddPolicy(RunJobs, p => p.RequireRole(PortalRoles.Admin));
        options.AddPolicy(Admin, p => p.RequireRole(PortalRoles.Admin));
        return options;
    }
}
