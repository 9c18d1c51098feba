using Bunit;
using Lodestar.Portal.Client.Features.Crm.Activities;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;

namespace Lodestar.Portal.Client.Tests.Features.Crm.Activities;

public sealed class TasksPageTests() : CrmTestBase(PortalRoles.Sales)
{
    [Fact]
    public void Render_OpenTasks_OverdueFirstInRedThenTodayThenLater()
    {
        _activities.Activities.Add(FakeActivitiesApi.Activity(1, "task", "Later", 4, StoppedClock.Now.AddDays(3)));
        _activities.Activities.Add(FakeActivitiesApi.Activity(2, "task", "Today", 4, StoppedClock.Now.AddHours(2)));
        _activities.Activities.Add(FakeActivitiesApi.Activity(3, "task", "Late", 4, StoppedClock.Now.AddDays(-2)));
        _activities.Activities.Add(FakeActivitiesApi.Activity(4, "call", "Not a task", 4));

        var cut = RenderWithPopovers<TasksPage>();

        cut.WaitForElement("[data-testid='tasks-overdue']", Patience);
        Assert.Equal(["Late", "Today", "Later"], cut.FindAll("[data-testid='activity-subject-text']").Select(e => e.TextContent.Trim()));
        Assert.Contains("mud-error-text", cut.Find("[data-testid='tasks-overdue'] h6").ClassName, StringComparison.Ordinal);
        Assert.Equal("Contact 4", cut.Find("[data-testid='tasks-due-today'] [data-testid='task-record']").TextContent.Trim()[3..]);
        Assert.Equal(ActivityQuery.Me, Assert.Single(_activities.Queries).AssigneeId);
    }

    [Fact]
    public void TickTask_Overdue_CompletedAndTakenOff()
    {
        _activities.Activities.Add(FakeActivitiesApi.Activity(3, "task", "Late", 4, StoppedClock.Now.AddDays(-2)));
        var cut = RenderWithPopovers<TasksPage>();
        cut.WaitForElement("[data-testid='tasks-overdue']", Patience);

        cut.Find("input[data-testid='activity-done']").Change(true);

        cut.WaitForElement("[data-testid='tasks-empty']", Patience);
        Assert.Equal([3L], _activities.Completed);
    }

    [Fact]
    public void Render_NoOpenTasks_SaysHowToAddOne()
    {
        var cut = RenderWithPopovers<TasksPage>();

        var empty = cut.WaitForElement("[data-testid='tasks-empty']", Patience);
        Assert.Contains("pick Task", empty.TextContent, StringComparison.Ordinal);
    }
}
