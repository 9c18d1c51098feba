using Lodestar.Domain.Crm;
using Lodestar.Domain.Crm.Activities;
using Lodestar.Domain.Crm.Deals;
using Lodestar.Testing;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Crm.Activities;

public sealed class ActivityServiceTests
{
    private static readonly DateTime Start = new(2026, 5, 4, 9, 0, 0, DateTimeKind.Utc);

    private static CancellationToken Ct => CrmHarness.Ct;

    private static ActivityFields Call(long? contactId = null, long? dealId = null) => new()
    {
        Kind = "call", Subject = "Intro call", ContactId = contactId, DealId = dealId, DurationMinutes = 20, Direction = "outbound", Outcome = "connected",
    };

    private static ActivityFields TaskFor(long contactId, string? assigneeId = null) => new()
    {
        Kind = "task", Subject = "Send the quote", ContactId = contactId, DueAt = Start.AddDays(1), AssigneeId = assigneeId,
    };

    private static async Task<long> DealAsync(DomainTestHost host, long contactId)
    {
        var pipeline = await host.Get<PipelineService>().CreateAsync(new PipelineFields("Renewals", [new StageFields(null, "Lead", 10, StageOutcome.Open)]), Ct);
        return (await host.Get<DealService>().CreateAsync(
            new DealFields { Name = "Big one", PipelineId = pipeline.Id, Currency = "EUR", ContactId = contactId }, "t", Ct)).Deal.Id;
    }

    /// <summary>A workspace with Jane and a call with her that Sam logged at <see cref="Start"/>.</summary>
    private static async Task<(DomainTestHost Host, ActivityService Service, long ContactId, ActivityView Call)> StartWithCallAsync()
    {
        var host = await CrmHarness.StartAsync(new FakeTimeProvider(Start));
        var contact = await host.Get<ContactService>().CreateAsync(CrmHarness.Jane(), "sam", Ct);
        var service = host.Get<ActivityService>();
        return (host, service, contact.Contact.Id, await service.CreateAsync(Call(contact.Contact.Id), "sam", null, Ct));
    }

    [Fact]
    public async Task CreateAsync_Call_StoredWithNamesAndHistory()
    {
        await using var host = await CrmHarness.StartAsync(new FakeTimeProvider(Start));
        var contact = await host.Get<ContactService>().CreateAsync(CrmHarness.Jane(), "sam", Ct);
        var service = host.Get<ActivityService>();

        var view = await service.CreateAsync(Call(contact.Contact.Id), "sam", null, Ct);

        var a = view.Activity;
        Assert.Equal((ActivityKind.Call, Start, 20, ActivityDirection.Outbound, CallOutcome.Connected, "sam", Start),
            (a.Kind, a.OccurredAt, a.DurationMinutes, a.Direction, a.Outcome, a.CreatedBy, a.CreatedAt));
        Assert.Equal("Jane Doe", view.ContactName);
        var history = await service.HistoryAsync(a.Id, Ct);
        Assert.Contains(history, h => h is { Field: "outcome", OldValue: null, NewValue: "connected", ChangedBy: "sam" });
    }

    [Fact]
    public async Task CreateAsync_TaskWithoutAssignee_AssignedToTheCreatingUser()
    {
        await using var host = await CrmHarness.StartAsync(new FakeTimeProvider(Start));
        var ada = await CrmHarness.AddUserAsync(host, "Ada");
        var contact = await host.Get<ContactService>().CreateAsync(CrmHarness.Jane(), "ada", Ct);
        var service = host.Get<ActivityService>();

        var mine = await service.CreateAsync(TaskFor(contact.Contact.Id), "Ada", ada, Ct);
        var byApiKey = await service.CreateAsync(TaskFor(contact.Contact.Id), "key", "api-key:4", Ct);

        Assert.Equal((ada, "Ada"), (mine.Activity.AssigneeId, mine.AssigneeName));
        Assert.Null(byApiKey.Activity.AssigneeId);
    }

    [Fact]
    public async Task CreateAsync_UnknownLinksAndAssignee_NamesEachField()
    {
        await using var host = await CrmHarness.StartAsync(new FakeTimeProvider(Start));

        var error = await Assert.ThrowsAsync<DomainValidationException>(() => host.Get<ActivityService>().CreateAsync(
            TaskFor(404) with { AccountId = 404, DealId = 404, TicketId = 404, AssigneeId = "nobody" }, "sam", null, Ct));

        Assert.Equal(["accountId", "assigneeId", "contactId", "dealId", "ticketId"], error.Errors.Keys.Order());
        await using var db = host.CreateDbContext();
        Assert.False(await db.CrmActivities.AnyAsync(Ct));
    }

    [Fact]
    public async Task CompleteAsync_OpenTask_CompletedAndReopenClearsIt()
    {
        var clock = new FakeTimeProvider(Start);
        await using var host = await CrmHarness.StartAsync(clock);
        var contact = await host.Get<ContactService>().CreateAsync(CrmHarness.Jane(), "sam", Ct);
        var service = host.Get<ActivityService>();
        var task = await service.CreateAsync(TaskFor(contact.Contact.Id), "sam", null, Ct);
        clock.Advance(TimeSpan.FromHours(2));

        var done = await service.CompleteAsync(task.Activity.Id, "kim", Ct);
        var again = await service.CompleteAsync(task.Activity.Id, "kim", Ct);
        var reopened = await service.ReopenAsync(task.Activity.Id, "kim", Ct);

        Assert.Equal((Start.AddHours(2), Start.AddHours(2), (DateTime?)null), (done.Activity.CompletedAt, again.Activity.CompletedAt, reopened.Activity.CompletedAt));
        var history = await service.HistoryAsync(task.Activity.Id, Ct);
        Assert.Equal(2, history.Count(h => h is { Field: "completedAt", ChangedBy: "kim" }));
    }

    [Fact]
    public async Task CompleteAsync_Call_RefusedNamingTheKind()
    {
        var (host, service, contactId, call) = await StartWithCallAsync();
        await using var _ = host;

        var error = await Assert.ThrowsAsync<DomainValidationException>(() => service.CompleteAsync(call.Activity.Id, "sam", Ct));

        Assert.Equal("Only tasks are completed or reopened; this is a call.", error.Errors["kind"][0]);
    }

    [Fact]
    public async Task UpdateAsync_NewOutcome_RecordsOnlyTheChange()
    {
        var (host, service, contactId, call) = await StartWithCallAsync();
        await using var _ = host;

        var updated = await service.UpdateAsync(call.Activity.Id, Call(contactId) with { Outcome = "busy" }, "kim", Ct);

        Assert.Equal(CallOutcome.Busy, updated.Activity.Outcome);
        var change = Assert.Single(await service.HistoryAsync(call.Activity.Id, Ct), h => h.ChangedBy == "kim");
        Assert.Equal(("outcome", "connected", "busy"), (change.Field, change.OldValue, change.NewValue));
    }

    [Fact]
    public async Task UpdateAsync_EarlierWhen_StoredAndRecorded()
    {
        var (host, service, contactId, call) = await StartWithCallAsync();
        await using var _ = host;

        var updated = await service.UpdateAsync(call.Activity.Id, Call(contactId) with { OccurredAt = Start.AddHours(-3) }, "kim", Ct);

        Assert.Equal(Start.AddHours(-3), updated.Activity.OccurredAt);
        var change = Assert.Single(await service.HistoryAsync(call.Activity.Id, Ct), h => h.ChangedBy == "kim");
        Assert.Equal(("occurredAt", "2026-05-04 09:00", "2026-05-04 06:00"), (change.Field, change.OldValue, change.NewValue));
    }

    [Fact]
    public async Task DeleteAsync_Activity_GoneFromItsRecordWithADeletedEntry()
    {
        var (host, service, contactId, call) = await StartWithCallAsync();
        await using var _ = host;

        await service.DeleteAsync(call.Activity.Id, "kim", Ct);

        await Assert.ThrowsAsync<NotFoundException>(() => service.GetAsync(call.Activity.Id, Ct));
        await using var db = host.CreateDbContext();
        Assert.True(await db.CrmFieldChanges.AnyAsync(c => c.RecordId == call.Activity.Id && c.Field == "deleted" && c.ChangedBy == "kim", Ct));
    }

    [Fact]
    public async Task DeleteContact_ActivitiesOnlyOnItDeletedOthersKeptOnTheDeal()
    {
        await using var host = await CrmHarness.StartAsync(new FakeTimeProvider(Start));
        var contact = await host.Get<ContactService>().CreateAsync(CrmHarness.Jane(), "sam", Ct);
        var dealId = await DealAsync(host, contact.Contact.Id);
        var service = host.Get<ActivityService>();
        var onlyContact = await service.CreateAsync(Call(contact.Contact.Id), "sam", null, Ct);
        var alsoDeal = await service.CreateAsync(Call(contact.Contact.Id, dealId), "sam", null, Ct);

        await host.Get<ContactService>().DeleteAsync(contact.Contact.Id, "sam", Ct);

        await Assert.ThrowsAsync<NotFoundException>(() => service.GetAsync(onlyContact.Activity.Id, Ct));
        var kept = (await service.GetAsync(alsoDeal.Activity.Id, Ct)).Activity;
        Assert.Equal(((long?)null, (long?)dealId), (kept.ContactId, kept.DealId));
    }

    [Fact]
    public async Task DeleteAccountDealAndTicket_WithActivities_Succeed()
    {
        await using var host = await CrmHarness.StartAsync(new FakeTimeProvider(Start));
        var contact = await host.Get<ContactService>().CreateAsync(CrmHarness.Jane(), "sam", Ct);
        var account = await host.Get<AccountService>().CreateAsync(new AccountFields { Name = "Acme" }, "sam", Ct);
        var dealId = await DealAsync(host, contact.Contact.Id);
        var ticket = await host.Get<TicketService>().CreateAsync(new TicketFields { Subject = "Broken" }, "sam", Ct);
        var service = host.Get<ActivityService>();
        var everywhere = await service.CreateAsync(Call(contact.Contact.Id, dealId) with { AccountId = account.Account.Id, TicketId = ticket.Ticket.Id }, "sam", null, Ct);

        await host.Get<AccountService>().DeleteAsync(account.Account.Id, "sam", Ct);
        await host.Get<DealService>().DeleteAsync(dealId, "sam", Ct);
        await host.Get<TicketService>().DeleteAsync(ticket.Ticket.Id, "sam", Ct);

        var kept = (await service.GetAsync(everywhere.Activity.Id, Ct)).Activity;
        Assert.Equal((contact.Contact.Id, (long?)null, (long?)null, (long?)null), (kept.ContactId!.Value, kept.AccountId, kept.DealId, kept.TicketId));
    }
}
