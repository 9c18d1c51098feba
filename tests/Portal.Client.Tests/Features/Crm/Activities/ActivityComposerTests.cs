using Bunit;
using Lodestar.Portal.Client.Features.Crm.Activities;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;

namespace Lodestar.Portal.Client.Tests.Features.Crm.Activities;

public sealed class ActivityComposerTests() : CrmTestBase(PortalRoles.Sales)
{
    private IRenderedComponent<IComponent> RenderOnContact(long contactId = 4)
    {
        var cut = RenderWithPopovers<RecordActivities>(("Links", new ActivityInput { ContactId = contactId }));
        cut.WaitForElement("[data-testid='activity-composer']", Patience);
        return cut;
    }

    private static string ErrorUnderField(IRenderedComponent<IComponent> cut, string selector) =>
        cut.Find(selector).Closest(".mud-input-control")?.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim() ?? "";

    [Fact]
    public void Save_EmptyNote_SaysWhatToWriteAndSavesNothing()
    {
        var cut = RenderOnContact();

        cut.Find("[data-testid='activity-save']").Click();

        cut.WaitForAssertion(() => Assert.StartsWith("Write the note", ErrorUnderField(cut, "textarea[data-testid='activity-body']"), StringComparison.Ordinal), Patience);
        Assert.Empty(_activities.Created);
    }

    [Fact]
    public void Save_CallWithoutSubject_AsksForTheSubject()
    {
        var cut = RenderOnContact();
        cut.Find("[data-testid='activity-kind-call']").Click();

        cut.Find("[data-testid='activity-save']").Click();

        cut.WaitForAssertion(() => Assert.Equal("Enter a subject: what the call was about.", ErrorUnder(cut, "activity-subject")), Patience);
        Assert.Empty(_activities.Created);
    }

    [Fact]
    public void Save_LoggedCall_SendsTheCallsFieldsOnTheContactAndListsIt()
    {
        var cut = RenderOnContact(4);
        cut.Find("[data-testid='activity-kind-call']").Click();

        cut.Find("input[data-testid='activity-subject']").Change(" Intro call ");
        cut.Find("textarea[data-testid='activity-body']").Change("Wants a **demo**");
        cut.Find("input[data-testid='activity-duration']").Change("15");
        cut.Find("[data-testid='activity-save']").Click();

        cut.WaitForAssertion(() => Assert.Single(_activities.Created), Patience);
        Assert.Equal(new ActivityInput
        {
            Kind = "call", Subject = "Intro call", Body = "Wants a **demo**", ContactId = 4, DurationMinutes = 15, Direction = "outbound", Outcome = "connected",
        }, _activities.Created[0]);
        cut.WaitForAssertion(() => Assert.Contains("<strong>demo</strong>", cut.Find("[data-testid='activity-body-text']").InnerHtml, StringComparison.Ordinal), Patience);
        Assert.Equal("", cut.Find("input[data-testid='activity-subject']").GetAttribute("value") ?? "");
    }

    [Fact]
    public void Save_ServerRefusesTheOutcome_ShowsItUnderTheField()
    {
        _activities.SaveError = new ApiException(400, "The activity is not valid.", new Dictionary<string, string[]>
        {
            ["outcome"] = ["'maybe' is not a call outcome: use connected, no-answer, left-voicemail or busy."],
        });
        var cut = RenderOnContact();
        cut.Find("[data-testid='activity-kind-call']").Click();
        cut.Find("input[data-testid='activity-subject']").Change("Intro");

        cut.Find("[data-testid='activity-save']").Click();

        cut.WaitForAssertion(() => Assert.Contains("'maybe' is not a call outcome", cut.Find("[data-testid='activity-form']").TextContent, StringComparison.Ordinal), Patience);
        Assert.Contains("The activity is not valid.", cut.Find("[data-testid='activity-form-error']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Save_Task_DueTomorrowAtFiveUtc()
    {
        var cut = RenderOnContact(4);
        cut.Find("[data-testid='activity-kind-task']").Click();

        cut.Find("input[data-testid='activity-subject']").Change("Send the quote");
        cut.Find("[data-testid='activity-save']").Click();

        cut.WaitForAssertion(() => Assert.Single(_activities.Created), Patience);
        var input = _activities.Created[0];
        Assert.Equal(("task", StoppedClock.Now.Date.AddDays(1).AddHours(17), (string?)null), (input.Kind, input.DueAt, input.AssigneeId));
    }

    [Fact]
    public void TickTask_OpenTask_CompletesItAndStrikesItThrough()
    {
        _activities.Activities.Add(FakeActivitiesApi.Activity(7, "task", "Call back", contactId: 4, dueAt: StoppedClock.Now.AddDays(-1)));
        var cut = RenderOnContact(4);
        cut.WaitForElement("[data-testid='activity-due-text']", Patience);
        Assert.Contains("overdue", cut.Find("[data-testid='activity-due-text']").TextContent, StringComparison.Ordinal);

        cut.Find("input[data-testid='activity-done']").Change(true);

        cut.WaitForAssertion(() => Assert.Equal([7L], _activities.Completed), Patience);
        cut.WaitForAssertion(() => Assert.Contains("line-through", cut.Find("[data-testid='activity-subject-text']").GetAttribute("style") ?? "", StringComparison.Ordinal), Patience);
    }

    [Fact]
    public void Render_NewCall_WhenShowsNowAndASaveLeavesTheTimeToTheServer()
    {
        var cut = RenderOnContact(4);
        cut.Find("[data-testid='activity-kind-call']").Click();

        Assert.Equal("2026-05-04T12:00", cut.Find("input[data-testid='activity-when']").GetAttribute("value"));
        cut.Find("input[data-testid='activity-subject']").Change("Intro");
        cut.Find("[data-testid='activity-save']").Click();

        cut.WaitForAssertion(() => Assert.Single(_activities.Created), Patience);
        Assert.Null(_activities.Created[0].OccurredAt);
    }

    [Fact]
    public void Save_MeetingEarlierToday_SendsWhenItHappenedInUtc()
    {
        var cut = RenderOnContact(4);
        cut.Find("[data-testid='activity-kind-meeting']").Click();

        cut.Find("input[data-testid='activity-subject']").Change("Kick-off");
        cut.Find("input[data-testid='activity-when']").Change("2026-05-04T09:30");
        cut.Find("[data-testid='activity-save']").Click();

        cut.WaitForAssertion(() => Assert.Single(_activities.Created), Patience);
        var when = _activities.Created[0].OccurredAt!.Value;
        Assert.Equal((new DateTime(2026, 5, 4, 9, 30, 0), DateTimeKind.Utc), (when, when.Kind));
    }

    [Fact]
    public void Render_Task_HasADueDayInsteadOfWhen()
    {
        var cut = RenderOnContact(4);

        cut.Find("[data-testid='activity-kind-task']").Click();

        Assert.Empty(cut.FindAll("input[data-testid='activity-when']"));
        Assert.Single(cut.FindAll("[data-testid='activity-due']"));
    }

    [Fact]
    public void Edit_LoggedCall_OpensTheComposerFilledInAndSavesTheChangesOnItsRecords()
    {
        var call = FakeActivitiesApi.Activity(7, "call", "Intro call", contactId: 4) with
        {
            Body = "Wants a demo", DealId = 9, DurationMinutes = 15, Direction = "inbound", Outcome = "left-voicemail",
        };
        _activities.Activities.Add(call);
        var cut = RenderOnContact(4);

        cut.WaitForElement("[data-testid='activity-edit']", Patience).Click();

        var dialog = cut.WaitForElement(".mud-dialog [data-testid='activity-composer']", Patience);
        Assert.Equal("Intro call", dialog.QuerySelector("input[data-testid='activity-subject']")!.GetAttribute("value"));
        Assert.Equal("2026-05-04T11:00", dialog.QuerySelector("input[data-testid='activity-when']")!.GetAttribute("value"));
        Assert.Equal("15", dialog.QuerySelector("input[data-testid='activity-duration']")!.GetAttribute("value"));
        Assert.Contains("Save changes", dialog.TextContent, StringComparison.Ordinal);
        cut.Find(".mud-dialog input[data-testid='activity-subject']").Change("Intro call, take two");
        cut.Find(".mud-dialog [data-testid='activity-save']").Click();

        cut.WaitForAssertion(() => Assert.Single(_activities.Updated), Patience);
        var (id, input) = _activities.Updated[0];
        Assert.Equal(new ActivityInput
        {
            Kind = "call", Subject = "Intro call, take two", Body = "Wants a demo", ContactId = 4, DealId = 9, OccurredAt = call.OccurredAt,
            DurationMinutes = 15, Direction = "inbound", Outcome = "left-voicemail",
        }, input);
        Assert.Equal(7, id);
        cut.WaitForAssertion(() => Assert.Equal("Intro call, take two", cut.Find("[data-testid='activity-subject-text']").TextContent.Trim()), Patience);
        Assert.Empty(cut.FindAll(".mud-dialog"));
    }

    [Fact]
    public void Edit_TaskThenCancel_KeepsItsDueTimeAndChangesNothing()
    {
        _activities.Activities.Add(FakeActivitiesApi.Activity(7, "task", "Send quote", contactId: 4, dueAt: StoppedClock.Now.AddDays(2).Date.AddHours(9)));
        var cut = RenderOnContact(4);

        cut.WaitForElement("[data-testid='activity-edit']", Patience).Click();
        cut.WaitForElement(".mud-dialog [data-testid='activity-cancel']", Patience).Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".mud-dialog")), Patience);
        Assert.Empty(_activities.Updated);
        cut.Find("[data-testid='activity-edit']").Click();
        cut.WaitForElement(".mud-dialog [data-testid='activity-save']", Patience).Click();
        cut.WaitForAssertion(() => Assert.Single(_activities.Updated), Patience);
        Assert.Equal(StoppedClock.Now.AddDays(2).Date.AddHours(9), _activities.Updated[0].Input.DueAt);
    }

    [Fact]
    public void Delete_Activity_AsksFirstThenRemovesIt()
    {
        _activities.Activities.Add(FakeActivitiesApi.Activity(7, "note", "Met at the fair", contactId: 4));
        var cut = RenderOnContact(4);

        cut.WaitForElement("[data-testid='activity-delete']", Patience).Click();
        ClickDialogButton(cut, "Cancel");
        cut.Find("[data-testid='activity-delete']").Click();
        ClickDialogButton(cut, "Delete");

        cut.WaitForAssertion(() => Assert.Equal([7L], _activities.Deleted), Patience);
        cut.WaitForElement("[data-testid='activity-list-empty']", Patience);
    }
}
