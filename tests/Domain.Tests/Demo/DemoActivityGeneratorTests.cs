using Lodestar.Domain.Crm.Activities;
using Lodestar.Domain.Demo;

namespace Lodestar.Domain.Tests.Demo;

public sealed class DemoActivityGeneratorTests
{
    private static readonly DateTime Now = new(2026, 5, 4, 12, 0, 0, DateTimeKind.Utc);

    private static IReadOnlyList<DemoActivity> Generate(IReadOnlyList<string>? users = null) => DemoActivityGenerator.Generate(
        [.. Enumerable.Range(1, 120).Select(i => (long)i)],
        [.. Enumerable.Range(1, 40).Select(i => ((long)i, (long?)i, $"Deal #{i}", i % 3 != 0))],
        [.. Enumerable.Range(1, 30).Select(i => ((long)i, (long?)(i + 50), $"Ticket #{i}", i % 2 == 0))],
        users ?? ["u-ada", "u-bo"], 20_261_123, Now);

    [Fact]
    public void Generate_SameSeedRecordsAndTime_SameActivities()
    {
        Assert.Equal(Generate(), Generate());
    }

    [Fact]
    public void Generate_DemoRecords_EveryKindOnContactsDealsAndTicketsAndEachValid()
    {
        var activities = Generate();

        Assert.Equal(["call", "email", "meeting", "note", "task"], activities.Select(a => a.Fields.Kind!).Distinct().Order());
        Assert.Equal(new[] { "busy", "connected", "left-voicemail", "no-answer" }, activities.Select(a => a.Fields.Outcome).OfType<string>().Distinct().Order());
        Assert.Contains(activities, a => a.Fields.DealId is not null && a.Fields.Kind == "meeting");
        Assert.Contains(activities, a => a.Fields.TicketId is not null && a.Fields.Kind == "email");
        foreach (var activity in activities)
        {
            var checkedFields = ActivityValidator.Normalize(activity.Fields, Now);
            Assert.True(checkedFields.OccurredAt <= Now, $"'{checkedFields.Subject}' happens after now");
            Assert.True(activity.CompletedAt is null || (activity.CompletedAt <= Now && activity.CompletedAt >= checkedFields.OccurredAt));
        }
    }

    [Fact]
    public void Generate_Tasks_DoneOpenAndOverdueMostAssignedToTheUsers()
    {
        var tasks = Generate().Where(a => a.Fields.Kind == "task").ToList();

        Assert.Contains(tasks, t => t.CompletedAt is not null);
        Assert.Contains(tasks, t => t.CompletedAt is null && t.Fields.DueAt < Now);
        Assert.Contains(tasks, t => t.CompletedAt is null && t.Fields.DueAt > Now);
        Assert.Equal(["u-ada", "u-bo"], tasks.Select(t => t.Fields.AssigneeId).OfType<string>().Distinct().Order());
        Assert.InRange(tasks.Count(t => t.Fields.AssigneeId is not null), tasks.Count / 2, tasks.Count);
        Assert.All(Generate(users: []), a => Assert.Null(a.Fields.AssigneeId));
    }
}
