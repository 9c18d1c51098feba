using System.Text;
using Lodestar.Portal.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lodestar.Portal.Tests.EndToEnd;

[Collection(PortalCollection.Name)]
public sealed class EconomicsBrowserTests(SharedPortal portal)
{
    private const string NoChromium = "Chromium is not installed at /usr/bin/chromium (apt-get install chromium); .ci/run installs it.";

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
}
