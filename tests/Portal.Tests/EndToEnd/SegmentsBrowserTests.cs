using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Lodestar.Portal.Client.Features.Segments;
using Lodestar.Portal.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lodestar.Portal.Tests.EndToEnd;

[Collection(PortalCollection.Name)]
public sealed partial class SegmentsBrowserTests(SharedPortal portal)
{
    private const string NoChromium = "Chromium is not installed at /usr/bin/chromium (apt-get install chromium); .ci/run installs it.";
    private const string SignedUpNotPurchased = """
        {"match":"all","children":[
          {"kind":"trait","trait":"createdAt","test":{"type":"date","operator":"withinLastDays","days":30}},
          {"kind":"event","event":"Order Completed","performed":false}]}
        """;

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    [Fact(SkipUnless = nameof(ExternalTools.HasChromium), SkipType = typeof(ExternalTools), Skip = NoChromium)]
    public async Task Builder_SignedUpInTheLast30DaysAndNotPurchased_ShowsTheCountSavesAndListsTheMembers()
    {
        Assert.Equal("Succeeded", await portal.RunJobAsync("demo-seed"));
        Assert.Equal("Succeeded", await portal.RunJobAsync("identity-resolution"));
        using var api = portal.CreateApiClient();
        using var previewed = await api.PostAsync("/api/segments/preview", Json.Body(SignedUpNotPurchased), Ct);
        var expected = (await previewed.Content.ReadFromJsonAsync<SegmentPreviewDto>(Ct))!.Count;
        var name = $"New, not buying {Guid.NewGuid().ToString("N")[..6]}";
        await using var browser = await BrowserSession.SignInAsync(portal, PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var page = browser.Page;
        await browser.OpenAsync("/segments/new");

        await MudFields.Input(page, page.GetByTestId("segment-name-input")).FillAsync(name);
        await AddConditionAsync(page, "add-trait");
        await MudFields.TypeAndPickAsync(page, MudFields.Input(page, page.GetByTestId("trait-name").Last), "createdAt");
        await MudFields.ChooseAsync(page, page.GetByTestId("test-operator").Last, "within last days", exact: true);
        await MudFields.Input(page, page.GetByTestId("test-days")).FillAsync("30");
        await AddConditionAsync(page, "add-event");
        await MudFields.ChooseAsync(page, page.GetByTestId("event-performed").Last, "did not perform", exact: true);
        await MudFields.TypeAndPickAsync(page, MudFields.Input(page, page.GetByTestId("event-name").Last), "Order Completed");

        await Assertions.Expect(page.GetByTestId("audience-count")).ToHaveTextAsync(CountText(expected), new() { Timeout = 20_000 });
        await Assertions.Expect(page.GetByTestId("rule-summary")).ToContainTextAsync("did not perform Order Completed");
        await page.GetByTestId("segment-save").ClickAsync();
        await page.WaitForURLAsync(SegmentPage(), new() { Timeout = 20_000 });
        await Assertions.Expect(page.GetByTestId("segment-status")).ToContainTextAsync("live", new() { Timeout = 30_000, IgnoreCase = true });
        await page.GetByTestId("tab-members").Or(page.GetByRole(AriaRole.Tab, new() { NameRegex = MembersTab() })).First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("member-total").Or(page.GetByTestId("members-empty")).First).ToBeVisibleAsync(new() { Timeout = 10_000 });
        if (expected > 0)
            await Assertions.Expect(page.GetByTestId("member-total")).ToContainTextAsync(expected.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task AddConditionAsync(IPage page, string kind)
    {
        await page.GetByTestId("add-condition").Last.ClickAsync();
        await page.GetByTestId(kind).ClickAsync();
    }

    private static Regex CountText(int count) => new($"^\\s*{count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)}\\b");

    [GeneratedRegex("/segments/\\d+$")]
    private static partial Regex SegmentPage();

    [GeneratedRegex("^Members")]
    private static partial Regex MembersTab();
}
