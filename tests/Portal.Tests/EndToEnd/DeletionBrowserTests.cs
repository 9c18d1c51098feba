using System.Text.RegularExpressions;
using Lodestar.Domain.Data;
using Lodestar.Portal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Lodestar.Portal.Tests.EndToEnd;

[Collection(PortalCollection.Name)]
public sealed partial class DeletionBrowserTests(SharedPortal portal)
{
    private const string NoChromium = "Chromium is not installed at /usr/bin/chromium (apt-get install chromium); .ci/run installs it.";

    // The demo's people have addresses at these (Domain's DemoCatalog); other tests' people at *.example.
    private static readonly string[] DemoEmailDomains = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "fastmail.com"];

    /// <summary>The issue's Playwright test: an admin files a deletion from a demo person's profile page and follows it to the receipt.</summary>
    [Fact(SkipUnless = nameof(ExternalTools.HasChromium), SkipType = typeof(ExternalTools), Skip = NoChromium)]
    public async Task ProfilePage_DeleteThisPerson_ReceiptListsTheStoresAndTheDestinations()
    {
        Assert.Equal("Succeeded", await portal.RunJobAsync("demo-seed"));
        Assert.Equal("Succeeded", await portal.RunJobAsync("identity-resolution"));
        var (profileId, email, events) = await DemoPersonAsync();
        await using var browser = await BrowserSession.SignInAsync(portal, PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var page = browser.Page;
        await browser.OpenAsync($"/profiles/{profileId}");

        await page.GetByTestId("profile-delete").ClickAsync(new() { Timeout = 20_000 });
        await MudFields.ChooseAsync(page, page.GetByTestId("delete-person-identifier"), $"email: {email}");
        await MudFields.Input(page, page.GetByTestId("delete-person-confirm")).CheckAsync();
        await page.GetByTestId("delete-person-submit").ClickAsync();
        await page.GetByTestId("delete-person-receipt").ClickAsync(new() { Timeout = 20_000 });

        await page.WaitForURLAsync(ReceiptUrl(), new() { Timeout = 10_000 });
        await Assertions.Expect(page.GetByTestId("receipt-status")).ToHaveTextAsync(new Regex(@"^\s*completed\s*$"), new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByTestId("receipt-title")).ToContainTextAsync($"email {email[0]}•••@");
        await Assertions.Expect(page.GetByTestId("receipt-events-value")).ToHaveTextAsync(events.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(page.GetByTestId("receipt-stores").Locator("tr", new() { HasText = "Events" }).First).ToContainTextAsync("deleted");
        await Assertions.Expect(page.GetByTestId("receipt-stores").Locator("tr", new() { HasText = "Profiles" }).First).ToContainTextAsync("deleted");
        await Assertions.Expect(page.GetByTestId("receipt-no-destinations").Or(page.GetByTestId("receipt-destinations"))).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("receipt-suppressed-chip").Filter(new() { HasText = "email" })).ToHaveCountAsync(1);
        await ScreenshotAsync(page, "deletion-receipt");

        var requestId = page.Url.Split('/')[^1];
        await page.GetByRole(AriaRole.Link, new() { Name = "Privacy" }).First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("deletion-link").Filter(new() { HasTextRegex = new Regex($"^#{requestId}$") }))
            .ToBeVisibleAsync(new() { Timeout = 20_000 });
        await ScreenshotAsync(page, "privacy-deletions");
        await using var db = portal.Get<IDbContextFactory<PortalDbContext>>().CreateDbContext();
        Assert.False(await db.Profiles.AnyAsync(p => p.Id == profileId, Xunit.TestContext.Current.CancellationToken));
    }

    /// <summary>A demo person with an email, from the end of the list so the other browser tests' first picks stay.</summary>
    private async Task<(long ProfileId, string Email, int Events)> DemoPersonAsync()
    {
        await using var db = portal.Get<IDbContextFactory<PortalDbContext>>().CreateDbContext();
        var ct = Xunit.TestContext.Current.CancellationToken;
        var emails = await db.ProfileIdentifiers
            .Where(i => i.Type == "email")
            .Join(db.Profiles, i => i.ProfileId, p => p.Id, (i, p) => new { i.Value, p.Id })
            .ToListAsync(ct);
        var person = emails.Where(e => DemoEmailDomains.Any(d => e.Value.EndsWith("@" + d, StringComparison.Ordinal))).MaxBy(e => e.Id)
            ?? throw new InvalidOperationException($"No demo person with an email among {emails.Count} profiles with one.");
        var events = await db.EventProfiles.CountAsync(e => e.ProfileId == person.Id, ct);
        return (person.Id, person.Value, events);
    }

    /// <summary>For looking at the pages: set LODESTAR_SCREENSHOTS to a folder.</summary>
    private static async Task ScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("LODESTAR_SCREENSHOTS") is { Length: > 0 } folder)
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    [GeneratedRegex("/privacy/deletions/\\d+$")]
    private static partial Regex ReceiptUrl();
}
