using Bunit;
using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;

namespace Lodestar.Portal.Client.Tests.Features.Crm;

public sealed class ContactPageTests() : CrmTestBase(PortalRoles.Sales)
{
    private static readonly DateTime Day = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    private IRenderedComponent<IComponent> RenderAnn(long? profileId = null)
    {
        _contacts.Contacts.Add(FakeContactsApi.Contact(1, "Ann", "Lee", "ann@example.com", 5, "Acme", profileId));
        var cut = RenderWithPopovers<ContactPage>(("Id", 1L));
        cut.WaitForElement("[data-testid='contact-title']", Patience);
        return cut;
    }

    [Fact]
    public void Render_Contact_HeaderAndEveryDetail()
    {
        var cut = RenderAnn();

        Assert.Equal("Ann Lee", cut.Find("[data-testid='contact-title']").TextContent.Trim());
        Assert.Equal("mailto:ann@example.com", cut.Find("[data-testid='contact-email-link']").GetAttribute("href"));
        Assert.Equal("crm/accounts/5", cut.Find("[data-testid='contact-account-link']").GetAttribute("href"));
        Assert.Equal("Mia Sales", cut.Find("[data-testid='contact-owner-name']").TextContent.Trim());
        Assert.Equal("1980-03-02", cut.Find("[data-testid='detail-birthDate']").TextContent.Trim());
        Assert.Equal("Main Street 5", cut.Find("[data-testid='detail-street']").TextContent.Trim());
        Assert.Equal("12345 Springfield", cut.Find("[data-testid='detail-city']").TextContent.Trim());
        Assert.Equal("ext-1", cut.Find("[data-testid='detail-externalId']").TextContent.Trim());
    }

    [Fact]
    public void Consent_OptOut_RecordedForTheContactAndShown()
    {
        _consent.Profiles[42] = new(
            [new("analytics", true, true, Day, "tracking", "m-1"), new("marketing", true, true, Day, "tracking", "m-1"), new("advertising", true, null, null, null, null)], []);
        var cut = RenderAnn(profileId: 42);
        cut.WaitForAssertion(() => Assert.Equal(["opted in", "opted in", "not recorded"], ConsentStates(cut)), Patience);

        cut.Find("[data-category='marketing'] [data-testid='opt-out']").Click();

        cut.WaitForAssertion(() => Assert.Equal(["opted in", "opted out", "not recorded"], ConsentStates(cut)), Patience);
        var recorded = Assert.Single(_consent.Recorded);
        Assert.Equal(("crm_contact_id", "1", "marketing", (bool?)false, "crm"),
            (recorded.IdentifierType, recorded.IdentifierValue, recorded.Category, recorded.Granted, recorded.Source));
    }

    private static List<string> ConsentStates(IRenderedComponent<IComponent> cut) =>
        [.. cut.FindAll("[data-testid='contact-consent-state']").Select(s => s.TextContent.Trim())];

    [Fact]
    public void Render_History_NewestFirstWithOldAndNewValues()
    {
        _contacts.Histories[1] =
        [
            new("email", null, "ann@old.example", "import", Day),
            new("email", "ann@old.example", "ann@example.com", "mia@example.com", Day.AddDays(2)),
            new("lastName", "Smith", "Lee", "mia@example.com", Day.AddDays(1)),
        ];

        var cut = RenderAnn();

        var rows = cut.FindAll("[data-testid='field-change']").Select(r => string.Join(' ', r.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal("2026-03-03 09:00 Email ann@old.example → ann@example.com mia@example.com", rows[0]);
        Assert.Contains("Last name Smith → Lee", rows[1], StringComparison.Ordinal);
        Assert.Contains("(empty) → ann@old.example import", rows[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoHistory_SaysChangesWillBeListed()
    {
        var cut = RenderAnn();

        Assert.Contains("No changes yet", cut.Find("[data-testid='history-empty']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LinkedProfile_ShowsItsIdentifiersAndLinksToIt()
    {
        _profiles.Profiles[7] = FakeProfilesApi.Ann();

        var cut = RenderAnn(profileId: 7);

        cut.WaitForAssertion(() => Assert.Equal(["laptop", "ann@example.com", "phone"],
            cut.FindAll("[data-testid='customer-data'] [data-testid='identifier-value']").Select(td => td.TextContent.Trim())), Patience);
        Assert.Equal("profiles/7", cut.Find("[data-testid='open-profile']").GetAttribute("href"));
        Assert.Empty(cut.FindAll("[data-testid='customer-data-empty']"));
    }

    [Fact]
    public void ProductEventsTab_LinkedProfile_ShowsTheTimeline()
    {
        _profiles.Profiles[7] = FakeProfilesApi.Ann();
        _profiles.Timelines[7] = [FakeEventsApi.Event(1, "track", "Signed Up"), FakeEventsApi.Event(2, "page", "Pricing")];
        var cut = RenderAnn(profileId: 7);
        cut.WaitForElement("[data-testid='open-profile']", Patience);

        cut.FindAll("[data-testid='customer-data'] .mud-tab").Single(t => t.TextContent.StartsWith("Product events", StringComparison.Ordinal)).Click();

        cut.WaitForAssertion(() => Assert.Equal(["Pricing", "Signed Up"], cut.FindAll("[data-testid='timeline-name']").Select(td => td.TextContent.Trim())), Patience);
    }

    [Fact]
    public void Render_ProfileMergedAway_ShowsTheSurvivor()
    {
        _profiles.Profiles[8] = FakeProfilesApi.Ann(8) with { MergedIntoId = 7 };
        _profiles.Profiles[7] = FakeProfilesApi.Ann();

        var cut = RenderAnn(profileId: 8);

        cut.WaitForAssertion(() => Assert.Equal("profiles/7", cut.Find("[data-testid='open-profile']").GetAttribute("href")), Patience);
    }

    [Fact]
    public void Render_NoProfile_ExplainsWhenTheContactIsLinked()
    {
        var cut = RenderAnn(profileId: null);

        var empty = cut.Find("[data-testid='customer-data-empty']").TextContent;
        Assert.Contains("Identity resolution runs every minute", empty, StringComparison.Ordinal);
        Assert.Contains("email or phone", empty, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid='open-profile']"));
    }

    [Fact]
    public void Delete_Confirmed_DeletesAndGoesToTheList()
    {
        var cut = RenderAnn();

        cut.Find("[data-testid='contact-delete']").Click();
        ClickDialogButton(cut, "Delete");

        cut.WaitForAssertion(() => Assert.Equal([1L], _contacts.Deleted), Patience);
        Assert.Equal("/crm/contacts", CurrentPath);
    }

    [Fact]
    public void Delete_Cancelled_KeepsTheContact()
    {
        var cut = RenderAnn();

        cut.Find("[data-testid='contact-delete']").Click();
        ClickDialogButton(cut, "Cancel");

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".mud-dialog")), Patience);
        Assert.Empty(_contacts.Deleted);
        Assert.Equal("/", CurrentPath);
    }

    [Fact]
    public void Delete_Refused_ShowsWhyAndStays()
    {
        _contacts.DeleteError = new ApiException(409, "The contact has open deals.");
        var cut = RenderAnn();

        cut.Find("[data-testid='contact-delete']").Click();
        ClickDialogButton(cut, "Delete");

        cut.WaitForAssertion(() => Assert.Contains("open deals", cut.Find("[data-testid='contact-action-error']").TextContent, StringComparison.Ordinal), Patience);
        Assert.Equal("/", CurrentPath);
    }

    [Fact]
    public void Edit_Saved_UpdatesWithItsOwnIdExceptedFromDuplicatesAndReloads()
    {
        var cut = RenderAnn();

        cut.Find("[data-testid='contact-edit']").Click();
        cut.WaitForElement("input[data-testid='contact-last-name']", Patience).Change("Stone");
        cut.Find("[data-testid='contact-save']").Click();

        cut.WaitForAssertion(() => Assert.Equal("Ann Stone", cut.Find("[data-testid='contact-title']").TextContent.Trim()), Patience);
        var (id, input) = Assert.Single(_contacts.Updated);
        Assert.Equal((1L, "Stone", "ann@example.com", 5L, new DateOnly(1980, 3, 2)), (id, input.LastName, input.Email, input.AccountId!.Value, input.BirthDate!.Value));
        Assert.Equal(1L, _contacts.DuplicateChecks.Single().ExceptId);
    }

    [Fact]
    public void Render_UnknownContact_SaysSo()
    {
        var cut = RenderWithPopovers<ContactPage>(("Id", 99L));

        cut.WaitForAssertion(() => Assert.Contains("no contact 99", cut.Find("[data-testid='contact-error']").TextContent, StringComparison.Ordinal), Patience);
    }
}
