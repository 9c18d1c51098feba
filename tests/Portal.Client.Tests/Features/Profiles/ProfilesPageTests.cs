using Bunit;
using Lodestar.Portal.Client.Features.Profiles;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Tests.Features.Profiles;

public sealed class ProfilesPageTests() : ProfilesTestBase(PortalRoles.Admin)
{
    private static ProfileSummaryDto Summary(long id, string name, string? email) =>
        new(id, name, email, $"u-{id}", 3, 10 * (int)id, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc));

    [Fact]
    public void Render_Profiles_ListsThemWithCountsAndLinks()
    {
        _profiles.Summaries.AddRange([Summary(1, "Ann Lee", "ann@example.com"), Summary(2, "Bob Stone", null)]);

        var cut = RenderWithPopovers<ProfilesPage>();

        cut.WaitForAssertion(() => Assert.Equal(["Ann Lee", "Bob Stone"], cut.FindAll("[data-testid='profile-name']").Select(td => td.TextContent.Trim())), Patience);
        Assert.Equal("profiles/1", cut.Find("[data-testid='profile-name'] a").GetAttribute("href"));
        Assert.Contains("ann@example.com", cut.Markup, StringComparison.Ordinal);
        Assert.Equal(0, _profiles.Queries[0].Offset);
    }

    [Fact]
    public void Render_NoProfiles_EmptyStateSaysWhereProfilesComeFromAndOffersARun()
    {
        var cut = RenderWithPopovers<ProfilesPage>();

        cut.WaitForAssertion(() => Assert.Contains("No profiles yet.", cut.Find("[data-testid='profiles-empty']").TextContent, StringComparison.Ordinal), Patience);
        Assert.Contains("Settings → Sources", cut.Markup, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[data-testid='run-identity']"));
    }

    [Fact]
    public void Search_Text_AsksTheApiAndShowsOnlyMatches()
    {
        _profiles.Summaries.AddRange([Summary(1, "Ann Lee", "ann@example.com"), Summary(2, "Bob Stone", null)]);
        var cut = RenderWithPopovers<ProfilesPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid='profile-name']").Count), Patience);

        cut.Find("input[data-testid='profile-search']").Input("stone");

        cut.WaitForAssertion(() => Assert.Equal(["Bob Stone"], cut.FindAll("[data-testid='profile-name']").Select(td => td.TextContent.Trim())), Patience);
        Assert.Contains(_profiles.Queries, q => q.Q == "stone");
    }

    [Fact]
    public void RunIdentity_Click_StartsTheJobPollsAndReloads()
    {
        var cut = RenderWithPopovers<ProfilesPage>(("JobPollInterval", TimeSpan.FromMilliseconds(10)));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid='run-identity']")), Patience);
        _profiles.Summaries.Add(Summary(1, "Ann Lee", "ann@example.com"));

        cut.Find("[data-testid='run-identity']").Click();

        cut.WaitForAssertion(() => Assert.Equal(["Ann Lee"], cut.FindAll("[data-testid='profile-name']").Select(td => td.TextContent.Trim())), Patience);
        Assert.Equal(["identity-resolution"], _jobs.Started);
    }
}
