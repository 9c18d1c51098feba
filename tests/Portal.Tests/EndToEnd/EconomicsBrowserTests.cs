using Lodestar.Portal.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lodestar.Portal.Tests.EndToEnd;

[Collection(PortalCollection.Name)]
public sealed class EconomicsBrowserTests(SharedPortal portal)
{
    private const string NoChromium = "Chromium is not installed at /usr/bin/chromium (apt-get install chromium); .ci/run installs it.";
    private static readonly string[] Charts = ["ltv-cac-by-channel", "cac-ltv-trend", "retention-heatmap", "clv-histogram", "alive-scatter"];

    [Fact(SkipUnless = nameof(ExternalTools.HasChromium), SkipType = typeof(ExternalTools), Skip = NoChromium)]
    public async Task Dashboard_DemoWorkspaceLastThreeMonths_EveryChartDrawnAgain()
    {
        Assert.Equal("Succeeded", await portal.RunJobAsync("demo-seed"));
        Assert.Equal("Succeeded", await portal.RunJobAsync("identity-resolution"));
        Assert.Equal("Succeeded", await portal.RunJobAsync("economics"));
        await using var browser = await BrowserSession.SignInAsync(portal, PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var page = browser.Page;
        await browser.OpenAsync("/economics");

        await ExpectChartsAsync(page);
        await Assertions.Expect(page.GetByTestId("kpi-revenue").GetByTestId("kpi-value")).Not.ToHaveTextAsync("—");
        await Assertions.Expect(page.GetByTestId("kpi-ltv-cac").GetByTestId("kpi-value")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9.]+×$"));

        await page.GetByTestId("last-3").ClickAsync();

        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/economics\\?from=\\d{4}-\\d{2}&to=\\d{4}-\\d{2}$"), new() { Timeout = 10_000 });
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query);
        var (from, to) = (DateOnly.Parse(query["from"] + "-01", System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(query["to"] + "-01", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(from.AddMonths(2), to);
        await ExpectChartsAsync(page);
        await Assertions.Expect(page.GetByTestId("kpi-ltv").GetByTestId("kpi-change")).ToContainTextAsync(
            $"vs {from.AddMonths(-3):MMM yyyy}–{from.AddMonths(-1):MMM yyyy}", new() { Timeout = 10_000 });
    }

    /// <summary>Each card holds a drawn Plotly chart (its SVG), not the empty-state text.</summary>
    private static async Task ExpectChartsAsync(IPage page)
    {
        foreach (var chart in Charts)
            await Assertions.Expect(page.GetByTestId(chart).Locator(".main-svg").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("chart-empty")).ToHaveCountAsync(0);
    }
}
