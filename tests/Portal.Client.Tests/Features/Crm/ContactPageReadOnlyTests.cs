using Bunit;
using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;

namespace Lodestar.Portal.Client.Tests.Features.Crm;

public sealed class ContactPageReadOnlyTests() : CrmTestBase(PortalRoles.Executive)
{
    [Fact]
    public void Render_Executive_SeesTheContactButNoEditOrDelete()
    {
        _contacts.Contacts.Add(FakeContactsApi.Contact(1, "Ann", "Lee", "ann@example.com"));

        var cut = RenderWithPopovers<ContactPage>(("Id", 1L));

        cut.WaitForElement("[data-testid='contact-title']", Patience);
        Assert.Empty(cut.FindAll("[data-testid='contact-edit']"));
        Assert.Empty(cut.FindAll("[data-testid='contact-delete']"));
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid='contact-consent-row']").Count), Patience);
        Assert.Empty(cut.FindAll("[data-testid='opt-out']"));
    }

    [Fact]
    public void Render_ExecutiveWithActivities_ReadsThemWithoutComposerEditOrDelete()
    {
        _contacts.Contacts.Add(FakeContactsApi.Contact(1, "Ann", "Lee", "ann@example.com"));
        _activities.Activities.Add(FakeActivitiesApi.Activity(7, "call", "Intro call", contactId: 1));
        _activities.Timeline[""] = new Lodestar.Portal.Client.Features.Crm.Activities.TimelinePageDto(
            [new("activity", 7, "call", "Intro call", StoppedClock.Now, "crm/contacts/1")], null);

        var cut = RenderWithPopovers<ContactPage>(("Id", 1L));

        cut.WaitForElement("[data-testid='activity-item']", Patience);
        cut.WaitForElement("[data-testid='timeline-activity']", Patience);
        Assert.Empty(cut.FindAll("[data-testid='activity-composer']"));
        Assert.Empty(cut.FindAll("[data-testid='activity-edit'], [data-testid='activity-delete'], [data-testid='timeline-edit'], [data-testid='timeline-delete']"));
    }
}
