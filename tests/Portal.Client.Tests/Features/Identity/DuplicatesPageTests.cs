using Bunit;
using Lodestar.Portal.Client.Features.Identity;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.Features.Profiles;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;

namespace Lodestar.Portal.Client.Tests.Features.Identity;

public sealed class DuplicatesPageTests() : ProfilesTestBase(PortalRoles.Admin)
{
    private IRenderedComponent<IComponent> RenderPage() =>
        RenderWithPopovers<DuplicatesPage>(("JobPollInterval", TimeSpan.Zero));

    [Fact]
    public void Render_Suggestion_ShowsBothProfilesProbabilityAndEvidence()
    {
        _duplicates.Pending.Add(FakeDuplicatesApi.JoeAndJoseph());

        var cut = RenderPage();

        cut.WaitForAssertion(() => Assert.Contains("Joe Smith and Joseph Smith", string.Join(' ', cut.Find("[data-testid='duplicate-title']").TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal), Patience);
        Assert.Contains("98.7", cut.Find("[data-testid='duplicate-probability']").TextContent, StringComparison.Ordinal);
        var evidence = cut.Find("[data-testid='duplicate-evidence']").TextContent;
        Assert.Contains("1980-03-02", evidence, StringComparison.Ordinal);
        Assert.Contains("+9.8", evidence, StringComparison.Ordinal);
        Assert.Contains("-2.3", evidence, StringComparison.Ordinal);
        Assert.Equal("profiles/12", cut.Find("[data-testid='duplicate-title'] a").GetAttribute("href"));
    }

    [Fact]
    public void Render_SideWithCrmContact_LinksTheContactWithItsExternalId()
    {
        var suggestion = FakeDuplicatesApi.JoeAndJoseph();
        _duplicates.Pending.Add(suggestion with { Right = suggestion.Right with { Contacts = [new DuplicateContactDto(31, "HS-9", "Joseph Smith")] } });

        var cut = RenderPage();

        cut.WaitForAssertion(() => Assert.Contains("HS-9", cut.Find("[data-testid='duplicate-contacts']").TextContent, StringComparison.Ordinal), Patience);
        Assert.Equal("crm/contacts/31", cut.Find("[data-testid='duplicate-contacts'] a").GetAttribute("href"));
        Assert.Contains("profile #57", cut.Find("[data-testid='duplicate-contacts']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoCrmContacts_NoCrmLine()
    {
        _duplicates.Pending.Add(FakeDuplicatesApi.JoeAndJoseph());

        var cut = RenderPage();

        cut.WaitForAssertion(() => cut.Find("[data-testid='duplicate-card']"), Patience);
        Assert.Empty(cut.FindAll("[data-testid='duplicate-contacts']"));
    }

    [Fact]
    public void Accept_Suggestion_MergedAndTakenOffTheQueue()
    {
        _duplicates.Pending.Add(FakeDuplicatesApi.JoeAndJoseph());
        var cut = RenderPage();

        cut.WaitForElement("[data-testid='accept-duplicate']", Patience).Click();

        cut.WaitForAssertion(() => Assert.Equal([(3L, "accepted")], _duplicates.Decisions), Patience);
        cut.WaitForElement("[data-testid='duplicates-empty']", Patience);
    }

    [Fact]
    public void Reject_Suggestion_Remembered()
    {
        _duplicates.Pending.Add(FakeDuplicatesApi.JoeAndJoseph());
        var cut = RenderPage();

        cut.WaitForElement("[data-testid='reject-duplicate']", Patience).Click();

        cut.WaitForAssertion(() => Assert.Equal([(3L, "rejected")], _duplicates.Decisions), Patience);
    }

    [Fact]
    public void Accept_Refused_ShowsWhyAndKeepsTheSuggestion()
    {
        _duplicates.Pending.Add(FakeDuplicatesApi.JoeAndJoseph());
        _duplicates.AcceptError = new ApiException(400, "These profiles cannot be merged: attributing it to profiles 12 and 57 would give 2 user_id values (limit 1).");
        var cut = RenderPage();

        cut.WaitForElement("[data-testid='accept-duplicate']", Patience).Click();

        cut.WaitForAssertion(() => Assert.Contains("user_id", cut.Find("[data-testid='duplicates-error']").TextContent, StringComparison.Ordinal), Patience);
        Assert.Single(cut.FindAll("[data-testid='duplicate-card']"));
    }

    [Fact]
    public void Render_NeverComputed_EmptyStateSaysToFindDuplicates()
    {
        _duplicates.RefreshedAt = null;

        var cut = RenderPage();

        cut.WaitForAssertion(() => Assert.Contains("not been looked for yet", cut.Find("[data-testid='duplicates-empty']").TextContent, StringComparison.Ordinal), Patience);
    }

    [Fact]
    public void FindNow_RunsTheJobAndReloads()
    {
        var cut = RenderPage();
        cut.WaitForElement("[data-testid='duplicates-empty']", Patience);
        _duplicates.Pending.Add(FakeDuplicatesApi.JoeAndJoseph());

        cut.Find("[data-testid='find-duplicates']").Click();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid='duplicate-card']")), Patience);
        Assert.Equal(["duplicate-suggestions"], _jobs.Started);
    }
}
