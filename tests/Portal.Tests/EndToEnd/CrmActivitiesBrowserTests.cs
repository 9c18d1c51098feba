using Lodestar.Domain.Crm;
using Lodestar.Domain.Crm.Activities;
using Lodestar.Portal.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lodestar.Portal.Tests.EndToEnd;

[Collection(PortalCollection.Name)]
public sealed class CrmActivitiesBrowserTests(SharedPortal portal)
{
    private const string NoChromium = "Chromium is not installed at /usr/bin/chromium (apt-get install chromium); .ci/run installs it.";

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    [Fact(SkipUnless = nameof(ExternalTools.HasChromium), SkipType = typeof(ExternalTools), Skip = NoChromium)]
    public async Task ContactPage_LogACall_ShownInTheActivitiesAndTheTimeline()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var contact = await portal.Get<ContactService>().CreateAsync(new ContactFields { FirstName = "Call", LastName = tag }, "tests", Ct);
        await using var browser = await BrowserSession.SignInAsync(portal, PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        await browser.OpenAsync($"/crm/contacts/{contact.Contact.Id}");

        await browser.Page.GetByTestId("activity-kind-call").ClickAsync();
        await browser.Page.GetByTestId("activity-subject").FillAsync($"Intro call {tag}");
        await browser.Page.GetByTestId("activity-body").FillAsync("Wants a **demo** next week");
        await browser.Page.GetByTestId("activity-duration").FillAsync("15");
        await browser.Page.GetByTestId("activity-save").ClickAsync();

        var item = browser.Page.GetByTestId("activity-list").GetByTestId("activity-subject-text");
        await Assertions.Expect(item).ToHaveTextAsync($"Intro call {tag}", new() { Timeout = 20_000 });
        await Assertions.Expect(browser.Page.GetByTestId("activity-body-text").Locator("strong")).ToHaveTextAsync("demo");
        await Assertions.Expect(browser.Page.GetByTestId("contact-timeline").GetByTestId("timeline-activity").First)
            .ToContainTextAsync($"Intro call {tag}", new() { Timeout = 10_000 });
        var logged = await portal.Get<ActivityQueryService>().ListAsync(new(contact.Contact.Id, null, null, null, [], null, false, false, 0, 10), Ct);
        var call = Assert.Single(logged.Items).Activity;
        Assert.Equal((ActivityKind.Call, (int?)15, PortalFactory.AdminEmail), (call.Kind, call.DurationMinutes, call.CreatedBy));
    }
}
