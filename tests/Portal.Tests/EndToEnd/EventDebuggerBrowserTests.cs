using System.Net;
using Lodestar.Portal.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lodestar.Portal.Tests.EndToEnd;

[Collection(PortalCollection.Name)]
public sealed class EventDebuggerBrowserTests(SharedPortal portal)
{
    private const string NoChromium = "Chromium is not installed at /usr/bin/chromium (apt-get install chromium); .ci/run installs it.";

    [Fact(SkipUnless = nameof(ExternalTools.HasChromium), SkipType = typeof(ExternalTools), Skip = NoChromium)]
    public async Task EventDebugger_EventSentWhileOpen_AppearsLiveAndExpandsToItsJson()
    {
        await using var browser = await BrowserSession.SignInAsync(portal, PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        await browser.OpenAsync("/events");
        var userId = $"browser-{Guid.NewGuid():N}";

        var (status, _) = await portal.PostTrackingAsync("track", $$$"""{"userId":"{{{userId}}}","event":"Browser Test Purchase","properties":{"revenue":19.99}}""");
        Assert.Equal(HttpStatusCode.OK, status);

        var row = browser.Page.Locator("tr", new() { HasText = userId }).First;
        await row.WaitForAsync(new() { Timeout = 20_000 });
        Assert.Contains("Browser Test Purchase", await row.InnerTextAsync());
        await row.ClickAsync();
        var json = browser.Page.GetByTestId("event-json");
        await json.WaitForAsync(new() { Timeout = 10_000 });
        var text = await json.InnerTextAsync();
        Assert.Contains($"\"userId\": \"{userId}\"", text);
        Assert.Contains("\"receivedAt\"", text);
    }

    [Fact(SkipUnless = nameof(ExternalTools.HasChromium), SkipType = typeof(ExternalTools), Skip = NoChromium)]
    public async Task Shell_Admin_SeesAllSectionsAndOpensDestinations()
    {
        await using var browser = await BrowserSession.SignInAsync(portal, PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        await browser.OpenAsync("/");

        var links = await browser.Page.Locator(".mud-navmenu a").AllInnerTextsAsync();
        Assert.Equal(["Overview", "Events", "Profiles", "Segments", "Funnels", "Paths", "Dashboards", "Economics", "CRM", "Destinations", "Privacy", "Settings"],
            links.Select(l => l.Trim()));

        await browser.Page.Locator(".mud-navmenu a", new() { HasText = "Destinations" }).ClickAsync();
        await browser.Page.GetByTestId("destination-add").WaitForAsync(new() { Timeout = 10_000 });
    }

}
