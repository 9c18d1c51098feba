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
}
