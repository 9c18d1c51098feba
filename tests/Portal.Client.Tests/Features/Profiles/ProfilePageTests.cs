using Bunit;
using Lodestar.Portal.Client.Features.Events;
using Lodestar.Portal.Client.Features.Privacy;
using Lodestar.Portal.Client.Features.Profiles;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;

namespace Lodestar.Portal.Client.Tests.Features.Profiles;

public sealed class ProfilePageTests() : ProfilesTestBase(PortalRoles.Sales)
{
    private static EventDto Event(long id, string type, string name) =>
        new(id, $"m-{id}", type, name, null, "phone", new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc).AddMinutes(id),
            new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc).AddMinutes(id), "Website", $$"""{"messageId":"m-{{id}}"}""");

    [Fact]
    public void Render_Profile_HeaderTraitsAndIdentifiers()
    {
        _profiles.Profiles[7] = FakeProfilesApi.Ann();

        var cut = RenderWithPopovers<ProfilePage>(("Id", 7L));

        cut.WaitForAssertion(() => Assert.Equal("Ann Lee", cut.Find("[data-testid='profile-title']").TextContent.Trim()), Patience);
        Assert.Equal("gold", cut.Find("[data-testid='trait-value']").TextContent.Trim());
        Assert.Contains("m-1", cut.Find("[data-testid='trait-table']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ProfileInASegment_ChipLinksToTheSegment()
    {
        _profiles.Profiles[7] = FakeProfilesApi.Ann();

        var cut = RenderWithPopovers<ProfilePage>(("Id", 7L));

        var chip = cut.WaitForElement("[data-testid='profile-segments'] a", Patience);
        Assert.Equal("Gold customers", chip.TextContent.Trim());
        Assert.Equal("segments/4", chip.GetAttribute("href"));
    }

    [Fact]
    public void MergeHistoryTab_Open_SaysWhichIdentifierOnWhichMessageMerged()
    {
        _profiles.Profiles[7] = FakeProfilesApi.Ann();
        var cut = RenderWithPopovers<ProfilePage>(("Id", 7L));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid='profile-title']")), Patience);

        cut.FindAll(".mud-tab").Single(t => t.TextContent.StartsWith("Merge history", StringComparison.Ordinal)).Click();

        var entry = cut.WaitForElement("[data-testid='merge-entry']", Patience).TextContent;
        Assert.Contains("Profile 8 merged into this profile because email ann@example.com appeared on message m-3", string.Join(' ', entry.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.Contains("email ann@example.com", entry, StringComparison.Ordinal);
        Assert.Contains("m-3", entry, StringComparison.Ordinal);
    }

    [Fact]
    public void ConsentTab_Open_CurrentStatePerCategoryAndHistory()
    {
        _profiles.Profiles[7] = FakeProfilesApi.Ann();
        var at = new DateTime(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc);
        _consent.Profiles[7] = new ProfileConsentDto(
            [new("analytics", true, true, at, "tracking", "m-4"), new("marketing", true, false, at.AddDays(1), "api", "mia@example.com"),
             new("advertising", true, null, null, null, null), new("beta", false, true, at, "tracking", "m-4")],
            [new(2, "email", "ann@example.com", "marketing", false, at.AddDays(1), "api", "mia@example.com"),
             new(1, "user_id", "u-1", "analytics", true, at, "tracking", "m-4")]);
        var cut = RenderWithPopovers<ProfilePage>(("Id", 7L));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid='profile-title']")), Patience);

        cut.FindAll(".mud-tab").Single(t => t.TextContent.StartsWith("Consent", StringComparison.Ordinal)).Click();

        cut.WaitForElement("[data-testid='consent-current']", Patience);
        Assert.Equal(["granted", "denied", "unknown", "granted"], cut.FindAll("[data-testid='consent-granted']").Select(c => c.TextContent.Trim()));
        Assert.Contains("not configured", cut.Find("[data-category='beta']").TextContent, StringComparison.Ordinal);
        Assert.Contains("api · mia@example.com", cut.Find("[data-category='marketing']").TextContent, StringComparison.Ordinal);
        Assert.Equal(2, cut.FindAll("[data-testid='consent-change']").Count);
        Assert.Contains("withdrawn", cut.FindAll("[data-testid='consent-change']")[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void MergeHistoryTab_NotAnAdmin_NoUnmergeButton()
    {
        _profiles.Profiles[7] = FakeProfilesApi.Ann();
        var cut = RenderWithPopovers<ProfilePage>(("Id", 7L));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid='profile-title']")), Patience);

        cut.FindAll(".mud-tab").Single(t => t.TextContent.StartsWith("Merge history", StringComparison.Ordinal)).Click();

        cut.WaitForElement("[data-testid='merge-entry']", Patience);
        Assert.Empty(cut.FindAll("[data-testid='unmerge-31']"));
    }

    [Fact]
    public void IdentifiersTab_Open_ListsIdentifiersAndTheOnesKeptOff()
    {
        _profiles.Profiles[7] = FakeProfilesApi.Ann();
        var cut = RenderWithPopovers<ProfilePage>(("Id", 7L));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid='profile-title']")), Patience);

        cut.FindAll(".mud-tab").Single(t => t.TextContent.StartsWith("Identifiers", StringComparison.Ordinal)).Click();

        cut.WaitForAssertion(() => Assert.Equal(["laptop", "ann@example.com", "phone"],
            cut.FindAll("[data-testid='identifier-value']").Select(td => td.TextContent.Trim())), Patience);
        Assert.Contains("(limit 5)", cut.Find("[data-testid='conflict-table']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TimelineTab_LoadOlder_AppendsTheNextPage()
    {
        _profiles.Profiles[7] = FakeProfilesApi.Ann();
        _profiles.Timelines[7] = Enumerable.Range(1, 60).Select(i => Event(i, i % 2 == 0 ? "track" : "page", $"E{i}")).ToList();
        var cut = RenderWithPopovers<ProfilePage>(("Id", 7L));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid='profile-title']")), Patience);
        cut.FindAll(".mud-tab").Single(t => t.TextContent.StartsWith("Timeline", StringComparison.Ordinal)).Click();
        cut.WaitForAssertion(() => Assert.Equal(50, cut.FindAll("[data-testid='timeline-name']").Count), Patience);

        cut.Find("[data-testid='timeline-older']").Click();

        cut.WaitForAssertion(() => Assert.Equal(60, cut.FindAll("[data-testid='timeline-name']").Count), Patience);
        Assert.Equal("E60", cut.FindAll("[data-testid='timeline-name']")[0].TextContent.Trim());
        Assert.Equal(11, _profiles.TimelineFilters[^1].Before);
    }

    [Fact]
    public void Render_MergedAwayProfile_PointsToTheSurvivor()
    {
        _profiles.Profiles[8] = FakeProfilesApi.Ann(8) with { MergedIntoId = 7 };

        var cut = RenderWithPopovers<ProfilePage>(("Id", 8L));

        var note = cut.WaitForElement("[data-testid='profile-merged']", Patience);
        Assert.Contains("merged into", note.TextContent, StringComparison.Ordinal);
        Assert.Equal("profiles/7", note.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Render_UnknownProfile_SaysSo()
    {
        var cut = RenderWithPopovers<ProfilePage>(("Id", 99L));

        cut.WaitForAssertion(() => Assert.Contains("no profile 99", cut.Find("[data-testid='profile-error']").TextContent, StringComparison.Ordinal), Patience);
    }
}
