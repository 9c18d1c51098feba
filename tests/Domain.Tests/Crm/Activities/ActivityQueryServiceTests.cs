using Lodestar.Domain.Crm;
using Lodestar.Domain.Crm.Activities;
using Lodestar.Testing;

namespace Lodestar.Domain.Tests.Crm.Activities;

public sealed class ActivityQueryServiceTests
{
    private static readonly DateTime Start = new(2026, 5, 4, 9, 0, 0, DateTimeKind.Utc);

    private static CancellationToken Ct => CrmHarness.Ct;

    private static ActivitySearch Search(long? contactId = null, long? accountId = null, ActivityKind[]? kinds = null, string? assigneeId = null,
        bool openTasks = false, bool overdue = false, int offset = 0, int limit = 25) =>
        new(contactId, accountId, null, null, kinds ?? [], assigneeId, openTasks, overdue, offset, limit);

    private sealed record Seeded(DomainTestHost Host, string Ada, long JaneId, long AcmeId) : IAsyncDisposable
    {
        public async Task<string[]> SubjectsAsync(ActivitySearch search) =>
            [.. (await Host.Get<ActivityQueryService>().ListAsync(search, Ct)).Items.Select(v => v.Activity.Subject)];

        public ValueTask DisposeAsync() => Host.DisposeAsync();
    }

    /// <summary>
    /// On Jane: a call (two days ago), a note (yesterday), Ada's task due yesterday (overdue), Ada's task due tomorrow and
    /// a done task; on Acme: a meeting an hour ago. The clock stands at <see cref="Start"/>.
    /// </summary>
    private static async Task<Seeded> SeedAsync()
    {
        var host = await CrmHarness.StartAsync(new FakeTimeProvider(Start));
        var ada = await CrmHarness.AddUserAsync(host, "Ada");
        var jane = (await host.Get<ContactService>().CreateAsync(CrmHarness.Jane(), "t", Ct)).Contact.Id;
        var acme = (await host.Get<AccountService>().CreateAsync(new AccountFields { Name = "Acme" }, "t", Ct)).Account.Id;
        var service = host.Get<ActivityService>();
        Task<ActivityView> AddAsync(ActivityFields fields) => service.CreateAsync(fields, "t", ada, Ct);
        await AddAsync(new ActivityFields { Kind = "call", Subject = "Call", ContactId = jane, OccurredAt = Start.AddDays(-2) });
        await AddAsync(new ActivityFields { Kind = "note", Body = "Note", ContactId = jane, OccurredAt = Start.AddDays(-1) });
        await AddAsync(new ActivityFields { Kind = "task", Subject = "Later task", ContactId = jane, DueAt = Start.AddDays(1) });
        await AddAsync(new ActivityFields { Kind = "task", Subject = "Late task", ContactId = jane, DueAt = Start.AddDays(-1) });
        var done = await AddAsync(new ActivityFields { Kind = "task", Subject = "Done task", ContactId = jane, DueAt = Start.AddDays(-3), AssigneeId = ada });
        await service.CompleteAsync(done.Activity.Id, "t", Ct);
        await AddAsync(new ActivityFields { Kind = "meeting", Subject = "Meeting", AccountId = acme, OccurredAt = Start.AddHours(-1) });
        return new Seeded(host, ada, jane, acme);
    }

    [Fact]
    public async Task ListAsync_Contact_NewestFirstByOccurredAt()
    {
        await using var s = await SeedAsync();

        var subjects = await s.SubjectsAsync(Search(contactId: s.JaneId, kinds: [ActivityKind.Call, ActivityKind.Note]));

        Assert.Equal(["Note", "Call"], subjects);
    }

    [Fact]
    public async Task ListAsync_OpenTasksOfAnAssignee_SoonestDueFirstWithoutDoneOnes()
    {
        await using var s = await SeedAsync();

        var subjects = await s.SubjectsAsync(Search(assigneeId: s.Ada, openTasks: true));

        Assert.Equal(["Late task", "Later task"], subjects);
    }

    [Fact]
    public async Task ListAsync_Overdue_OnlyOpenTasksPastDueAndFlagged()
    {
        await using var s = await SeedAsync();

        var page = await s.Host.Get<ActivityQueryService>().ListAsync(Search(overdue: true), Ct);

        var late = Assert.Single(page.Items);
        Assert.Equal(("Late task", true), (late.Activity.Subject, late.Overdue));
    }

    [Fact]
    public async Task ListAsync_AccountAndPage_FiltersAndCountsAll()
    {
        await using var s = await SeedAsync();

        var acme = await s.SubjectsAsync(Search(accountId: s.AcmeId));
        var page = await s.Host.Get<ActivityQueryService>().ListAsync(Search(contactId: s.JaneId, offset: 1, limit: 2), Ct);

        Assert.Equal(["Meeting"], acme);
        Assert.Equal(5, page.Total);
        Assert.Equal(2, page.Items.Count);
    }
}
