using Lodestar.Portal.Client.Infrastructure;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Shell;

/// <summary>The portal's sections, in navigation order.</summary>
public static class NavItems
{
    public static IReadOnlyList<NavItem> All { get; } =
    [
        new("Overview", "/", Icons.Material.Filled.Dashboard, null),
        new("Events", "/events", Icons.Material.Filled.Bolt, PortalPolicies.ViewEvents),
        new("Profiles", "/profiles", Icons.Material.Filled.People, PortalPolicies.ViewProfiles),
        new("Segments", "/segments", Icons.Material.Filled.FilterAlt, PortalPolicies.ViewSegments),
        new("Funnels", "/funnels", Icons.Material.Filled.Insights, PortalPolicies.ViewFunnels),
        new("Paths", "/paths", Icons.Material.Filled.AccountTree, PortalPolicies.ViewFunnels),
        new("Dashboards", "/dashboards", Icons.Material.Filled.SpaceDashboard, PortalPolicies.ViewFunnels),
        new("Economics", "/economics", Icons.Material.Filled.Paid, PortalPolicies.ViewEconomics),
        new("CRM", "/crm", Icons.Material.Filled.Business, PortalPolicies.ViewCrm),
        new("Destinations", "/destinations", Icons.Material.Filled.Send, PortalPolicies.ViewDestinations),
        new("Privacy", "/privacy", Icons.Material.Filled.Shield, PortalPolicies.Admin),
        new("Settings", "/settings", Icons.Material.Filled.Settings, PortalPolicies.Admin),
    ];
}
