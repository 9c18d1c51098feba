using Bunit;
using Lodestar.Portal.Client.Features.Profiles;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;

namespace Lodestar.Portal.Client.Tests.Features.Profiles;

public sealed class ProfileUnmergeTests() : ProfilesTestBase(PortalRoles.Admin)
{
    private IRenderedComponent<IComponent> OpenMergeHistory()
    {
        _profiles.Profiles[7] = FakeProfilesApi.Ann();
        var cut = RenderWithPopovers<ProfilePage>(("Id", 7L), ("JobPollInterval", TimeSpan.Zero));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid='profile-title']")), Patience);
        cut.FindAll(".mud-tab").Single(t => t.TextContent.StartsWith("Merge history", StringComparison.Ordinal)).Click();
        return cut;
    }

    [Fact]
    public void Unmerge_Confirmed_SplitsFollowsTheRebuildAndReloads()
    {
        var cut = OpenMergeHistory();

        cut.WaitForElement("[data-testid='unmerge-31']", Patience).Click();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".mud-dialog-actions button")), Patience);
        cut.FindAll(".mud-dialog-actions button").Single(b => b.TextContent.Contains("Unmerge", StringComparison.Ordinal)).Click();

        cut.WaitForAssertion(() => Assert.Single(_profiles.Unmerges), Patience);
        Assert.Equal((7L, new UnmergeRequest(31)), _profiles.Unmerges[0]);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid='unmerge-progress']")), Patience);
        Assert.Empty(cut.FindAll("[data-testid='unmerge-error']"));
    }

    [Fact]
    public void Unmerge_Cancelled_NothingHappens()
    {
        var cut = OpenMergeHistory();

        cut.WaitForElement("[data-testid='unmerge-31']", Patience).Click();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".mud-dialog-actions button")), Patience);
        cut.FindAll(".mud-dialog-actions button").Single(b => b.TextContent.Contains("Cancel", StringComparison.Ordinal)).Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".mud-dialog")), Patience);
        Assert.Empty(_profiles.Unmerges);
    }

    [Fact]
    public void Unmerge_Refused_ShowsTheReason()
    {
        _profiles.UnmergeError = new ApiException(400, "Merge 31 is already undone; the profiles split when the identity rebuild has run.");
        var cut = OpenMergeHistory();

        cut.WaitForElement("[data-testid='unmerge-31']", Patience).Click();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".mud-dialog-actions button")), Patience);
        cut.FindAll(".mud-dialog-actions button").Single(b => b.TextContent.Contains("Unmerge", StringComparison.Ordinal)).Click();

        cut.WaitForAssertion(() => Assert.Contains("already undone", cut.Find("[data-testid='unmerge-error']").TextContent, StringComparison.Ordinal), Patience);
    }

    [Fact]
    public void MergeHistory_AcceptedDuplicate_SaysAnAdminDecidedIt()
    {
        var ann = FakeProfilesApi.Ann();
        _profiles.Profiles[7] = ann with { MergedFrom = [ann.MergedFrom[0] with { MessageId = "admin decision", Rule = "duplicate suggestion 3 accepted", ByAdmin = true }] };
        var cut = RenderWithPopovers<ProfilePage>(("Id", 7L));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid='profile-title']")), Patience);

        cut.FindAll(".mud-tab").Single(t => t.TextContent.StartsWith("Merge history", StringComparison.Ordinal)).Click();

        var entry = cut.WaitForElement("[data-testid='merge-entry']", Patience).TextContent;
        Assert.Contains("this profile by an admin's decision, linking email ann@example.com", string.Join(' ', entry.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.DoesNotContain("appeared on message", entry, StringComparison.Ordinal);
    }
}
