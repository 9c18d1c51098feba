using Lodestar.Domain.Data;
using Lodestar.Portal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Lodestar.Portal.Tests.EndToEnd;

[Collection(PortalCollection.Name)]
public sealed class ProfilesBrowserTests(SharedPortal portal)
{
    private const string NoChromium = "Chromium is not installed at /usr/bin/chromium (apt-get install chromium); .ci/run installs it.";

    [Fact(SkipUnless = nameof(ExternalTools.HasChromium), SkipType = typeof(ExternalTools), Skip = NoChromium)]
    public async Task Profiles_SearchDemoPersonAndOpen_ShowsTraitsAndMergeHistory()
    {
        Assert.Equal("Succeeded", await portal.RunJobAsync("demo-seed"));
        Assert.Equal("Succeeded", await portal.RunJobAsync("identity-resolution"));
        var (email, name) = await DemoPersonWithAMergeAsync();
        await using var browser = await BrowserSession.SignInAsync(portal, PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        await browser.OpenAsync("/profiles");

        await browser.Page.GetByTestId("profile-search").FillAsync(email);
        // The unfiltered list may show the person too; the search has answered when only they are left.
        await Assertions.Expect(browser.Page.GetByTestId("profile-name")).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        var link = browser.Page.GetByTestId("profile-name").GetByText(name);
        await link.ClickAsync();

        await browser.Page.GetByTestId("profile-title").GetByText(name).WaitForAsync(new() { Timeout = 20_000 });
        Assert.Contains(email, await browser.Page.GetByTestId("trait-table").InnerTextAsync());
        await browser.Page.GetByRole(AriaRole.Tab, new() { NameRegex = new("^Merge history") }).ClickAsync();
        var entry = browser.Page.GetByTestId("merge-entry").First;
        await entry.WaitForAsync(new() { Timeout = 10_000 });
        Assert.Matches("Profile \\d+ merged into this profile because", await entry.InnerTextAsync());
    }

    /// <summary>A demo person who logged in on a second browser (the demo does this for some), found as the test's user would: by email.</summary>
    private async Task<(string Email, string Name)> DemoPersonWithAMergeAsync()
    {
        await using var db = portal.Get<IDbContextFactory<PortalDbContext>>().CreateDbContext();
        var ct = Xunit.TestContext.Current.CancellationToken;
        var survivors = await db.ProfileMerges.Select(m => m.SurvivorId).Distinct().ToListAsync(ct);
        var person = await db.ProfileIdentifiers
            .Where(i => i.Type == "email" && i.Value.Contains("@") && survivors.Contains(i.ProfileId))
            .Join(db.Profiles, i => i.ProfileId, p => p.Id, (i, p) => new { i.Value, p.DisplayName, p.Id })
            .Where(p => p.DisplayName != null && !p.DisplayName.Contains("@"))
            .OrderBy(p => p.Id).FirstAsync(ct);
        return (person.Value, person.DisplayName!);
    }
}
