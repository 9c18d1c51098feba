using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Lodestar.Portal.Client.Features.Funnels;
using Lodestar.Portal.Client.Features.Segments;
using Lodestar.Portal.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lodestar.Portal.Tests.EndToEnd;

[Collection(PortalCollection.Name)]
public sealed partial class FunnelsBrowserTests(SharedPortal portal)
{
    private const string NoChromium = "Chromium is not installed at /usr/bin/chromium (apt-get install chromium); .ci/run installs it.";
    private static readonly string[] Steps = ["Product Viewed", "Product Added", "Checkout Started", "Order Completed"];

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    [Fact(SkipUnless = nameof(ExternalTools.HasChromium), SkipType = typeof(ExternalTools), Skip = NoChromium)]
    public async Task Builder_FourStepsByChannel_ShowsTheCountsAndSavesADropOffAsASegment()
    {
        Assert.Equal("Succeeded", await portal.RunJobAsync("demo-seed"));
        Assert.Equal("Succeeded", await portal.RunJobAsync("identity-resolution"));
        await using var browser = await BrowserSession.SignInAsync(portal, PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var page = browser.Page;
        await browser.OpenAsync("/funnels");

        await page.GetByTestId("step-add").ClickAsync();
        await page.GetByTestId("step-add").ClickAsync();
        for (var i = 0; i < Steps.Length; i++)
            await MudFields.TypeAndPickAsync(page, MudFields.Input(page, page.GetByTestId("step-event").Nth(i)), Steps[i], exact: true);
        for (var i = 0; i < Steps.Length; i++)
            await Assertions.Expect(MudFields.Input(page, page.GetByTestId("step-event").Nth(i))).ToHaveValueAsync(Steps[i]);
        await page.GetByTestId("funnel-more").ClickAsync();
        await page.GetByTestId("breakdown-on").ClickAsync();
        // A free property path: typed and left, not picked.
        var breakdown = MudFields.Input(page, page.GetByTestId("breakdown-property"));
        await breakdown.FillAsync("context.campaign.source");
        await breakdown.PressAsync("Tab");
        await page.GetByTestId("funnel-run").ClickAsync();

        await Assertions.Expect(page.GetByTestId("funnel-results")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.WaitForURLAsync(RunLink(), new() { Timeout = 10_000 });
        var query = FunnelLink.Decode(new Uri(page.Url).Query.Split("q=")[1].Split('&')[0])!;
        using var api = portal.CreateApiClient();
        using var answered = await api.PostAsJsonAsync("/api/funnels/query", query, Ct);
        var expected = (await answered.Content.ReadFromJsonAsync<FunnelResultDto>(Ct))!;
        Assert.Equal(Steps, query.Steps.Select(s => s.Event));
        Assert.Equal("context.campaign.source", query.Breakdown?.Property);
        var counts = await page.GetByTestId("step-count").AllInnerTextsAsync();
        Assert.Equal(expected.Steps.Select(s => s.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)), counts.Take(Steps.Length));
        Assert.True(expected.Breakdown.Count > 1, "the demo's landings carry campaign sources");
        Assert.True(expected.Steps[1].DroppedOff > 0, "some people view products without adding one");

        // Step 1 has no drop-off: the first drop-off button is step 2's.
        await page.GetByTestId("step-dropped-people").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("people-total")).ToContainTextAsync(
            expected.Steps[1].DroppedOff.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), new() { Timeout = 20_000 });
        var name = $"Viewed, not added {Guid.NewGuid().ToString("N")[..6]}";
        await MudFields.Input(page, page.GetByTestId("people-segment-name")).FillAsync(name);
        await page.GetByTestId("people-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("people-saved")).ToContainTextAsync(name, new() { Timeout = 20_000 });

        var segments = await api.GetFromJsonAsync<List<SegmentListItemDto>>("/api/segments", Ct);
        Assert.Contains(segments!, s => s.Name == name);
    }

    [GeneratedRegex("[?&]q=")]
    private static partial Regex RunLink();
}
