using Bunit;
using Lodestar.Portal.Client.Features.Shell;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Lodestar.Portal.Client.Tests.Features.Shell;

/// <summary>
/// The navigation rendered with the portal's real authorization policies (not bUnit's fake, which only knows policy
/// names), so a change to <see cref="PortalPolicies"/> shows up here.
/// </summary>
public sealed class NavMenuTests : BunitContext
{
    public NavMenuTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddAuthorizationCore(o => o.AddPortalPolicies());
        // bUnit pre-registers a placeholder IAuthorizationService (AddAuthorizationCore only TryAdds); use the real one.
        Services.AddSingleton<IAuthorizationService, DefaultAuthorizationService>();
        Services.AddCascadingAuthenticationState();
    }

    [Fact]
    public void Render_Admin_ShowsAllTwelveSectionsWithTheirLinks()
    {
        var links = RenderLinksFor(PortalRoles.Admin);

        Assert.Equal(
            [
                ("Overview", "/"),
                ("Events", "/events"),
                ("Profiles", "/profiles"),
                ("Segments", "/segments"),
                ("Funnels", "/funnels"),
                ("Paths", "/paths"),
                ("Dashboards", "/dashboards"),
                ("Economics", "/economics"),
                ("CRM", "/crm"),
                ("Destinations", "/destinations"),
                ("Privacy", "/privacy"),
                ("Settings", "/settings"),
            ],
            links);
    }

    [Fact]
    public void Render_Sales_ShowsOverviewProfilesAndCrmOnly()
    {
        var links = RenderLinksFor(PortalRoles.Sales);

        Assert.Equal([("Overview", "/"), ("Profiles", "/profiles"), ("CRM", "/crm")], links);
    }

    [Fact]
    public void Render_Executive_ShowsOverviewProfilesEconomicsAndCrm()
    {
        var links = RenderLinksFor(PortalRoles.Executive);

        Assert.Equal([("Overview", "/"), ("Profiles", "/profiles"), ("Economics", "/economics"), ("CRM", "/crm")], links);
    }

    [Fact]
    public void Render_ProductManager_ShowsEventsSegmentsFunnelsPathsAndDashboardsButNotEconomics()
    {
        var links = RenderLinksFor(PortalRoles.ProductManager);

        Assert.Equal(
            ["Overview", "Events", "Profiles", "Segments", "Funnels", "Paths", "Dashboards", "CRM"],
            links.Select(l => l.Title));
    }

    [Fact]
    public void Render_SignedInWithoutRole_ShowsOnlyOverview()
    {
        var links = RenderLinksFor();

        Assert.Equal([("Overview", "/")], links);
    }

    [Fact]
    public void Render_Anonymous_ShowsNoLinks()
    {
        Services.AddSingleton<AuthenticationStateProvider>(TestAuthenticationStateProvider.Anonymous());

        var cut = Render<NavMenu>();

        Assert.Empty(cut.FindAll("a"));
    }

    private List<(string Title, string Href)> RenderLinksFor(params string[] roles)
    {
        Services.AddSingleton<AuthenticationStateProvider>(TestAuthenticationStateProvider.SignedIn("pat", roles));

        var cut = Render<NavMenu>();

        return cut.FindAll("a.mud-nav-link")
            .Select(a => (a.TextContent.Trim(), a.GetAttribute("href") ?? ""))
            .ToList();
    }
}
