using Bunit;
using Lodestar.Portal.Client.Features.Crm.Activities;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;

namespace Lodestar.Portal.Client.Tests.Features.Crm.Activities;

public sealed class ContactTimelineTests() : CrmTestBase(PortalRoles.Sales)
{
    private static TimelineItemDto Item(string source, long id, string kind, string title, int hoursAgo) =>
        new(source, id, kind, title, StoppedClock.Now.AddHours(-hoursAgo), source == "event" ? "profiles/9" : "crm/contacts/4");

    [Fact]
    public void LoadOlder_TwoPages_ActivitiesAndEventsInterleavedInTheServersOrder()
    {
        _activities.Timeline[""] = new TimelinePageDto([Item("event", 8, "event", "Pricing", 1), Item("activity", 3, "call", "Intro call", 2)], "cursor-1");
        _activities.Timeline["cursor-1"] = new TimelinePageDto([Item("event", 5, "event", "Signed Up", 5)], null);
        var cut = RenderWithPopovers<ContactTimeline>(("ContactId", 4L));
        cut.WaitForElement("[data-testid='contact-timeline-older']", Patience);

        cut.Find("[data-testid='contact-timeline-older']").Click();

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid^='timeline-']").Count(e => e.GetAttribute("data-testid") is "timeline-event" or "timeline-activity")), Patience);
        Assert.Equal(["timeline-event", "timeline-activity", "timeline-event"],
            cut.FindAll("[data-testid='timeline-event'], [data-testid='timeline-activity']").Select(e => e.GetAttribute("data-testid")));
        Assert.Contains("Call · ", cut.Find("[data-testid='timeline-activity']").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid='contact-timeline-older']"));
    }

    [Fact]
    public void Render_Empty_SaysWhatWillAppear()
    {
        var cut = RenderWithPopovers<ContactTimeline>(("ContactId", 4L));

        Assert.Contains("product events", cut.WaitForElement("[data-testid='contact-timeline-empty']", Patience).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Delete_ActivityInTheTimeline_AsksThenDeletesItAndReloads()
    {
        _activities.Timeline[""] = new TimelinePageDto([Item("event", 8, "event", "Pricing", 1), Item("activity", 3, "call", "Intro call", 2)], null);
        var cut = RenderWithPopovers<ContactTimeline>(("ContactId", 4L));
        Assert.Single(cut.WaitForElements("[data-testid='timeline-delete']", Patience));

        cut.Find("[data-testid='timeline-delete']").Click();
        _activities.Timeline[""] = new TimelinePageDto([Item("event", 8, "event", "Pricing", 1)], null);
        ClickDialogButton(cut, "Delete");

        cut.WaitForAssertion(() => Assert.Equal([3L], _activities.Deleted), Patience);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid='timeline-activity']")), Patience);
    }

    [Fact]
    public void Edit_ActivityInTheTimeline_OpensItFilledIn()
    {
        _activities.Activities.Add(FakeActivitiesApi.Activity(3, "meeting", "Kick-off", contactId: 4));
        _activities.Timeline[""] = new TimelinePageDto([Item("activity", 3, "meeting", "Kick-off", 1)], null);
        var cut = RenderWithPopovers<ContactTimeline>(("ContactId", 4L));

        cut.WaitForElement("[data-testid='timeline-edit']", Patience).Click();
        cut.WaitForElement(".mud-dialog input[data-testid='activity-subject']", Patience).Change("Kick-off with IT");
        cut.Find(".mud-dialog [data-testid='activity-save']").Click();

        cut.WaitForAssertion(() => Assert.Equal((3L, "Kick-off with IT"), (_activities.Updated.Single().Id, _activities.Updated.Single().Input.Subject)), Patience);
    }
}
