using System.Net;
using System.Net.Http.Json;
using Lodestar.Portal.Client.Features.Privacy.Retention;
using Lodestar.Portal.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lodestar.Portal.Tests.EndToEnd;

/// <summary>Privacy → Retention in Chromium. Leaves every class kept forever.</summary>
[Collection(PortalCollection.Name)]
public sealed class RetentionBrowserTests(SharedPortal portal)
{
    private const string NoChromium = "Chromium is not installed at /usr/bin/chromium (apt-get install chromium); .ci/run installs it.";
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    [Fact(SkipUnless = nameof(ExternalTools.HasChromium), SkipType = typeof(ExternalTools), Skip = NoChromium)]
    public async Task RetentionTab_LimitSavedAndRunNow_ReportShowsTheLimitPerClass()
    {
        using var admin = portal.CreateApiClient();
        await using var browser = await BrowserSession.SignInAsync(portal, PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var page = browser.Page;
        try
        {
            await browser.OpenAsync("/privacy");
            await page.Locator(".mud-tab", new() { HasText = "Retention" }).ClickAsync();
            await page.GetByTestId("retention-limits").WaitForAsync(new() { Timeout = 10_000 });
            await ShootAsync(page, "retention-before");

            await page.Locator("input[data-testid='retention-forever-raw-messages']").ClickAsync();
            await page.Locator("input[data-testid='retention-days-raw-messages']").FillAsync("400");
            await page.GetByTestId("retention-save").ClickAsync();
            await page.GetByText("Retention limits saved").WaitForAsync(new() { Timeout = 10_000 });
            await page.GetByTestId("retention-run").ClickAsync();
            await page.GetByText("Done: the report is below.").WaitForAsync(new() { Timeout = 30_000 });

            // Earlier tests' reports may be shown until this run's report is loaded.
            await Assertions.Expect(page.GetByTestId("retention-line-limit")).ToHaveTextAsync(["forever", "400 days", "forever", "forever", "forever"], new() { Timeout = 10_000 });
            Assert.Contains("Succeeded", await page.GetByTestId("retention-report-title").InnerTextAsync());
            await ShootAsync(page, "retention-after");
        }
        finally
        {
            using var reset = await admin.PutAsJsonAsync("/api/privacy/retention", new RetentionSettingsRequest([]), Ct);
            Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        }
    }

    /// <summary>For looking at the page: only when LODESTAR_SCREENSHOTS names a folder.</summary>
    private static async Task ShootAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("LODESTAR_SCREENSHOTS") is { Length: > 0 } folder)
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
