using System.Net;
using System.Net.Http.Json;
using Lodestar.Portal.Client.Features.Audit;
using Lodestar.Portal.Client.Features.Privacy;
using Lodestar.Portal.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lodestar.Portal.Tests.EndToEnd;

[Collection(PortalCollection.Name)]
public sealed class PrivacyBrowserTests(SharedPortal portal)
{
    private const string NoChromium = "Chromium is not installed at /usr/bin/chromium (apt-get install chromium); .ci/run installs it.";
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    /// <summary>
    /// The rule is saved from the interactive page the sign-in lands on (reached by the menu, so the same circuit), where
    /// there is no HTTP request to read the address from: the audit entry still says who and from where.
    /// </summary>
    [Fact(SkipUnless = nameof(ExternalTools.HasChromium), SkipType = typeof(ExternalTools), Skip = NoChromium)]
    public async Task PiiRule_SavedInSettings_AuditedWithTheBrowsersAddressAndShownOnTheEvent()
    {
        using var admin = portal.CreateApiClient();
        await using var browser = await BrowserSession.SignInAsync(portal, PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var page = browser.Page;
        try
        {
            await page.WaitForSelectorAsync("[data-interactive=true]", new() { Timeout = 30_000 });
            await page.Locator(".mud-navmenu a", new() { HasText = "Settings" }).ClickAsync();
            // The tab, not the Privacy page's menu link.
            await page.Locator(".mud-tab", new() { HasText = "Privacy" }).ClickAsync();
            await page.GetByTestId("pii-add").ClickAsync();
            await page.Locator("input[data-testid='pii-path']").FillAsync("properties.ssn");
            await page.GetByTestId("pii-save").ClickAsync();
            await page.GetByText("PII rules saved").WaitForAsync(new() { Timeout = 10_000 });

            var entry = (await admin.GetFromJsonAsync<AuditPageDto>("/api/audit?action=privacy.pii-rules-changed&take=1", Ct))!.Items.Single();
            Assert.Equal(("user", PortalFactory.AdminEmail, "properties.ssn drop", "127.0.0.1"), (entry.ActorType, entry.ActorName, entry.Detail, entry.IpAddress));
            Assert.Contains("Chrome", entry.UserAgent);

            var userId = $"pii-browser-{Guid.NewGuid():N}";
            Assert.Equal(HttpStatusCode.OK, (await portal.PostTrackingAsync("track", $$$"""{"userId":"{{{userId}}}","event":"Applied","properties":{"ssn":"078-05-1120"}}""")).Status);
            await page.Locator(".mud-navmenu a", new() { HasText = "Events" }).ClickAsync();
            var row = page.Locator("tr", new() { HasText = userId }).First;
            await row.WaitForAsync(new() { Timeout = 20_000 });
            await row.ClickAsync();
            await page.GetByTestId("event-pii-chip").WaitForAsync(new() { Timeout = 10_000 });
            Assert.Equal("ssn dropped", (await page.GetByTestId("event-pii-chip").InnerTextAsync()).Trim());
            Assert.DoesNotContain("078-05-1120", await page.GetByTestId("event-json").InnerTextAsync());
        }
        finally
        {
            using var cleared = await admin.PutAsJsonAsync("/api/privacy/pii-rules", new PiiRulesDto([]), Ct);
        }
    }
}
