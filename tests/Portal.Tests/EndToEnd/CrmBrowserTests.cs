using Lodestar.Domain.Crm;
using Lodestar.Domain.Crm.Deals;
using Lodestar.Portal.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lodestar.Portal.Tests.EndToEnd;

[Collection(PortalCollection.Name)]
public sealed class CrmBrowserTests(SharedPortal portal)
{
    private const string NoChromium = "Chromium is not installed at /usr/bin/chromium (apt-get install chromium); .ci/run installs it.";

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    [Fact(SkipUnless = nameof(ExternalTools.HasChromium), SkipType = typeof(ExternalTools), Skip = NoChromium)]
    public async Task Contacts_CreateInTheFormForATrackedPerson_ContactPageShowsTheirProductEvents()
    {
        var email = await TrackedPersonAsync();
        await using var browser = await BrowserSession.SignInAsync(portal, PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        await browser.OpenAsync("/crm/contacts");

        await browser.Page.GetByTestId("contact-new").ClickAsync();
        await browser.Page.GetByTestId("contact-first-name").FillAsync("Browser");
        await browser.Page.GetByTestId("contact-last-name").FillAsync("Tester");
        await browser.Page.GetByTestId("contact-email").FillAsync(email);
        await browser.Page.GetByTestId("contact-save").ClickAsync();
        await browser.Page.GetByTestId("contact-title").GetByText("Browser Tester").WaitForAsync(new() { Timeout = 20_000 });
        Assert.Equal("Succeeded", await portal.RunJobAsync("identity-resolution"));
        // Opened again and waited for until interactive: a tab clicked on the prerendered page does nothing.
        await browser.OpenAsync(new Uri(browser.Page.Url).PathAndQuery);

        var events = browser.Page.GetByRole(AriaRole.Tab, new() { NameRegex = new("^Product events \\(\\d[\\d,]*\\)") });
        await events.WaitForAsync(new() { Timeout = 20_000 });
        Assert.DoesNotMatch("\\(0\\)", await events.InnerTextAsync());
        await events.ClickAsync();
        await browser.Page.GetByTestId("timeline-name").First.WaitForAsync(new() { Timeout = 10_000 });
        Assert.True(await browser.Page.GetByTestId("timeline-name").CountAsync() > 0);
    }

    [Fact(SkipUnless = nameof(ExternalTools.HasChromium), SkipType = typeof(ExternalTools), Skip = NoChromium)]
    public async Task Deals_DragACardToTheNextStage_SavesTheMoveAndRecordsIt()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var pipeline = await portal.Get<PipelineService>().CreateAsync(new PipelineFields($"Board {tag}",
            [new StageFields(null, "Lead", 10, StageOutcome.Open), new StageFields(null, "Demo", 40, StageOutcome.Open), new StageFields(null, "Won", 100, StageOutcome.Won)]), Ct);
        var deal = await portal.Get<DealService>().CreateAsync(new DealFields { Name = $"Deal {tag}", PipelineId = pipeline.Id, Amount = 990_00, Currency = "USD" }, "tests", Ct);
        var demo = pipeline.Stages[1];
        await using var browser = await BrowserSession.SignInAsync(portal, PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        await browser.OpenAsync($"/crm/deals?pipeline={pipeline.Id}");

        var card = browser.Page.GetByTestId($"deal-card-{deal.Deal.Id}");
        await card.DragToAsync(browser.Page.GetByTestId($"board-column-{demo.Id}").Locator(".mud-drop-zone"));

        await Assertions.Expect(browser.Page.GetByTestId($"board-column-{demo.Id}").GetByTestId($"deal-card-{deal.Deal.Id}")).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Assertions.Expect(browser.Page.GetByTestId($"board-column-{demo.Id}").GetByTestId("board-column-summary")).ToHaveTextAsync("1 deal · 990 USD");
        var moved = await portal.Get<DealService>().GetAsync(deal.Deal.Id, Ct);
        Assert.Equal("Demo", moved.StageName);
        var history = await portal.Get<DealService>().HistoryAsync(deal.Deal.Id, Ct);
        Assert.Contains(history, c => c.Field == "stage" && c.OldValue == "Lead" && c.NewValue == "Demo" && c.ChangedBy == PortalFactory.AdminEmail);
    }

    [Fact(SkipUnless = nameof(ExternalTools.HasChromium), SkipType = typeof(ExternalTools), Skip = NoChromium)]
    public async Task Contacts_SaveTheSearchAsAViewAndReapplyIt_ListsAsSaved()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        foreach (var first in new[] { "Ann", "Bob" })
            await portal.Get<ContactService>().CreateAsync(new ContactFields { FirstName = first, LastName = $"Viewer{tag}" }, "tests", Ct);
        await using var browser = await BrowserSession.SignInAsync(portal, PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        await browser.OpenAsync("/crm/contacts");
        var views = browser.Page.GetByTestId("saved-views").Locator("button").First;

        await browser.Page.GetByTestId("contact-search").FillAsync($"Viewer{tag}");
        await Assertions.Expect(browser.Page.GetByTestId("contact-total")).ToHaveTextAsync("2 contacts", new() { Timeout = 10_000 });
        await views.ClickAsync();
        await browser.Page.GetByTestId("saved-view-save").ClickAsync();
        await browser.Page.GetByTestId("save-view-name").FillAsync($"Viewers {tag}");
        await browser.Page.GetByTestId("save-view-save").ClickAsync();
        await Assertions.Expect(views).ToHaveTextAsync($"Viewers {tag}", new() { Timeout = 10_000 });

        await browser.OpenAsync("/crm/contacts");
        await Assertions.Expect(views).ToHaveTextAsync("Views");
        await views.ClickAsync();
        await browser.Page.GetByTestId("saved-view-apply").Filter(new() { HasText = $"Viewers {tag}" }).ClickAsync();

        await Assertions.Expect(browser.Page.GetByTestId("contact-search")).ToHaveValueAsync($"Viewer{tag}", new() { Timeout = 10_000 });
        await Assertions.Expect(browser.Page.GetByTestId("contact-total")).ToHaveTextAsync("2 contacts");
        await Assertions.Expect(views).ToHaveTextAsync($"Viewers {tag}");
    }

    /// <summary>A visitor who browsed, signed up with an email and browsed on, through the tracking API: their email is new to the CRM.</summary>
    private async Task<string> TrackedPersonAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var email = $"visitor.{tag}@example.com";
        var (status, body) = await portal.PostTrackingAsync("batch", $$$"""
            {"batch":[
              {"type":"page","anonymousId":"anon-{{{tag}}}","name":"Pricing"},
              {"type":"identify","anonymousId":"anon-{{{tag}}}","userId":"user-{{{tag}}}","traits":{"email":"{{{email}}}","firstName":"Browser"}},
              {"type":"track","userId":"user-{{{tag}}}","event":"Trial Started"},
              {"type":"page","userId":"user-{{{tag}}}","name":"Docs"}
            ]}
            """);
        Assert.True(status == System.Net.HttpStatusCode.OK, body);
        Assert.Equal("Succeeded", await portal.RunJobAsync("identity-resolution"));
        return email;
    }
}
