using System.Text;
using Lodestar.Portal.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lodestar.Portal.Tests.EndToEnd;

[Collection(PortalCollection.Name)]
public sealed class EconomicsBrowserTests(SharedPortal portal)
{
    private const string NoChromium = "Chromium is not installed at /usr/bin/chromium (apt-get install chromium); .ci/run installs it.";
    private static readonly string[] Charts = ["ltv-cac-by-channel", "cac-ltv-trend", "retention-heatmap", "clv-histogram", "alive-scatter"];

    [Fact(SkipUnless = nameof(ExternalTools.HasChromium), SkipType = typeof(ExternalTools), Skip = NoChromium)]
    public async Task Dashboard_DemoWorkspaceLastThreeMonths_EveryChartDrawnAgainAndTheCsvSaved()
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

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-csv").ClickAsync());
        var csv = await File.ReadAllTextAsync(await download.PathAsync(), Xunit.TestContext.Current.CancellationToken);
        Assert.StartsWith("section,item,measure,value\n", csv, StringComparison.Ordinal);
        Assert.Contains("\nby_channel,Paid Search,ltv_to_cac,", csv, StringComparison.Ordinal);

        await page.GetByTestId("last-3").ClickAsync();

        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/economics\\?from=\\d{4}-\\d{2}&to=\\d{4}-\\d{2}$"), new() { Timeout = 10_000 });
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query);
        var (from, to) = (DateOnly.Parse(query["from"] + "-01", System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(query["to"] + "-01", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(from.AddMonths(2), to);
        await ExpectChartsAsync(page);
        await Assertions.Expect(page.GetByTestId("kpi-ltv").GetByTestId("kpi-change")).ToContainTextAsync(
            $"vs {from.AddMonths(-3):MMM yyyy}–{from.AddMonths(-1):MMM yyyy}", new() { Timeout = 10_000 });
    }

    [Fact(SkipUnless = nameof(ExternalTools.HasChromium), SkipType = typeof(ExternalTools), Skip = NoChromium)]
    public async Task Spend_ImportATwoRowCsvThroughTheUpload_GridShowsTheRowsAndTheirTotal()
    {
        // A channel of its own, so the shared portal's other spend does not show under the filter.
        var channel = $"Browser {Guid.NewGuid().ToString("N")[..8]}";
        var csv = $"date,channel,campaign,cost,currency\n2033-01-05,{channel},brand,1250.50,USD\n2033-01-06,{channel},,1500,JPY\n";
        await using var browser = await BrowserSession.SignInAsync(portal, PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        await browser.OpenAsync("/economics/spend");
        await browser.Page.GetByTestId("spend-channel-filter").FillAsync(channel);
        await Assertions.Expect(browser.Page.GetByTestId("spend-none-match")).ToBeVisibleAsync(new() { Timeout = 10_000 });

        await browser.Page.GetByTestId("spend-import-file").Last.SetInputFilesAsync(
            new FilePayload { Name = "spend.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });

        await Assertions.Expect(browser.Page.GetByTestId("spend-import-done")).ToContainTextAsync("spend.csv: added 2 spend rows.", new() { Timeout = 10_000 });
        await Assertions.Expect(browser.Page.GetByTestId("spend-cost-cell")).ToHaveTextAsync(["1,500 JPY", "1,250.50 USD"], new() { Timeout = 10_000 });
        await Assertions.Expect(browser.Page.GetByTestId("spend-total")).ToHaveTextAsync("2 rows, total 1,500 JPY + 1,250.50 USD");
    }

    /// <summary>Each card holds a drawn Plotly chart (its SVG), not the empty-state text.</summary>
    private static async Task ExpectChartsAsync(IPage page)
    {
        foreach (var chart in Charts)
            await Assertions.Expect(page.GetByTestId(chart).Locator(".main-svg").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("chart-empty")).ToHaveCountAsync(0);
    }
}
