using Bunit;
using Lodestar.Portal.Client.Features.Shell;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Lodestar.Portal.Client.Tests.Features.Shell;

public sealed class MainLayoutTests : BunitContext
{
    /// <summary>The icon button that opens the account menu carries the menu's accessible name.</summary>
    private const string AccountButton = "button[aria-label='Account menu']";

    public MainLayoutTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddAuthorizationCore(o => o.AddPortalPolicies());
        Services.AddSingleton<IAuthorizationService, DefaultAuthorizationService>();
        Services.AddCascadingAuthenticationState();
        Services.AddSingleton<AntiforgeryStateProvider, FixedAntiforgeryStateProvider>();
    }

    [Fact]
    public void Render_Marketer_ShowsBodyNavigationAndInteractiveMarker()
    {
        var cut = RenderLayout(TestAuthenticationStateProvider.SignedIn("mia@example.com", PortalRoles.Marketer));

        Assert.Equal("Hello", cut.Find("#page-body").TextContent);
        Assert.Equal("true", cut.Find("[data-interactive]").GetAttribute("data-interactive"));
        Assert.Equal(
            ["Overview", "Events", "Profiles", "Segments", "Funnels", "Paths", "Dashboards", "Economics", "CRM", "Destinations"],
            cut.FindAll("a.mud-nav-link").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public void UserMenu_Opened_ShowsNameRolesAndSignOutForm()
    {
        var cut = RenderLayout(TestAuthenticationStateProvider.SignedIn("mia@example.com", PortalRoles.Marketer, PortalRoles.Sales));

        cut.Find(AccountButton).Click();

        var popover = cut.Find(".mud-popover-open");
        Assert.Contains("mia@example.com", popover.TextContent, StringComparison.Ordinal);
        Assert.Contains("Marketer, Sales", popover.TextContent, StringComparison.Ordinal);
        var form = popover.QuerySelector("form")!;
        Assert.Equal("Account/Logout", form.GetAttribute("action"));
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector("input[name='__RequestVerificationToken'][value='test-token']"));
    }

    [Fact]
    public void UserMenu_SignedInWithoutRole_SaysToAskAnAdmin()
    {
        var cut = RenderLayout(TestAuthenticationStateProvider.SignedIn("new@example.com"));

        cut.Find(AccountButton).Click();

        Assert.Contains("No role yet: ask an admin", cut.Find(".mud-popover-open").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Anonymous_NoAccountMenuAndNoLinks()
    {
        var cut = RenderLayout(TestAuthenticationStateProvider.Anonymous());

        Assert.Empty(cut.FindAll(AccountButton));
        Assert.Empty(cut.FindAll("a.mud-nav-link"));
    }

    private IRenderedComponent<MainLayout> RenderLayout(AuthenticationStateProvider user)
    {
        Services.AddSingleton(user);
        // After the services: setting the renderer info builds the service provider.
        Renderer.SetRendererInfo(new RendererInfo("Server", true));
        return Render<MainLayout>(p => p.Add(x => x.Body, b => b.AddMarkupContent(0, "<p id=\"page-body\">Hello</p>")));
    }

    private sealed class FixedAntiforgeryStateProvider : AntiforgeryStateProvider
    {
        public override AntiforgeryRequestToken? GetAntiforgeryToken() => new("test-token", "__RequestVerificationToken");
    }
}
