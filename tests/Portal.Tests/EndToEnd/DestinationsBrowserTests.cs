using System.Text.RegularExpressions;
using Lodestar.Domain.Accounts;
using Lodestar.Portal.Tests.Infrastructure;
using Lodestar.Testing.Receivers;
using Microsoft.Playwright;

namespace Lodestar.Portal.Tests.EndToEnd;

[Collection(PortalCollection.Name)]
public sealed class DestinationsBrowserTests(SharedPortal portal)
{
    private const string NoChromium = "Chromium is not installed at /usr/bin/chromium (apt-get install chromium); .ci/run installs it.";
    private const string Secret = "browser-test-signing-secret";

    [Fact(SkipUnless = nameof(ExternalTools.HasChromium), SkipType = typeof(ExternalTools), Skip = NoChromium)]
    public async Task Destination_AddWebhookConnectSegmentSyncNow_RunInTheHistoryAndTheReceiverHasTheMembers()
    {
        await using var receiver = await WebhookReceiver.StartAsync(Secret);
        var tag = Guid.NewGuid().ToString("N")[..10];
        using (var marketer = await portal.CreateApiClientAsync(PortalRoleNames.Marketer, $"browser {tag}"))
            await CohortSegments.CreateAsync(portal, marketer, tag);
        await using var browser = await BrowserSession.SignInAsync(portal, PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var page = browser.Page;
        await browser.OpenAsync("/destinations/new?type=audience-webhook");

        await FillAsync(page, "destination-name", $"Browser hook {tag}");
        await FillAsync(page, "setting-url", receiver.Url);
        await FillAsync(page, "setting-signingSecret", Secret);
        await page.GetByTestId("destination-save").ClickAsync();
        await page.GetByTestId("connection-add").ClickAsync(new() { Timeout = 30_000 });
        await MudFields.ChooseAsync(page, page.GetByTestId("connection-segment-select"), $"Destination cohort {tag}");
        await Assertions.Expect(MudFields.Input(page, page.GetByTestId("connection-segment-select").Last))
            .ToHaveValueAsync(new Regex(tag), new() { Timeout = 10_000 });
        await page.GetByTestId("connection-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("connection-segment")).ToContainTextAsync($"Destination cohort {tag}", new() { Timeout = 30_000 });
        await page.Locator("[data-testid^='sync-connection-']:not([data-testid$='-progress'])").First.ClickAsync();

        // Once the sync job has finished the connection is read again: the destination now holds the 3 members.
        await Assertions.Expect(page.GetByTestId("connection-members")).ToHaveTextAsync(new Regex(@"^\s*3\s*$"), new() { Timeout = 60_000 });
        await page.Locator(".mud-tab").Filter(new() { HasTextRegex = new Regex("^\\s*Runs\\s*$") }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("run-status").First).ToContainTextAsync("succeeded", new() { Timeout = 10_000, IgnoreCase = true });
        await Assertions.Expect(page.GetByTestId("run-sent").First).ToHaveTextAsync(new Regex(@"^\s*3\s*$"));
        Assert.Equal(3, receiver.Accepted.Sum(b => b.Body["events"]!.AsArray().Count));
        Assert.Equal(0, receiver.BadSignatures);
    }

    private static async Task FillAsync(IPage page, string testId, string text)
    {
        var input = MudFields.Input(page, page.GetByTestId(testId).Last);
        await input.FillAsync(text, new() { Timeout = 30_000 });
    }
}
