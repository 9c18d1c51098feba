using System.Text.Json;
using Lodestar.Domain.Crm;
using Lodestar.Domain.Events;
using Lodestar.Domain.Tests.Identity;
using Lodestar.Testing;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Crm;

public sealed class TicketServiceTests
{
    private static readonly DateTime Start = new(2026, 5, 4, 9, 0, 0, DateTimeKind.Utc);

    private static CancellationToken Ct => CrmHarness.Ct;

    private static TicketFields Login(string priority = "normal", string? status = null, long? contactId = null, long? accountId = null) => new()
    {
        Subject = "Cannot log in", Description = "Since the password reset.", Priority = priority, Status = status, ContactId = contactId, AccountId = accountId,
    };

    private static async Task<List<TrackedEvent>> TicketEventsAsync(DomainTestHost host, long ticketId)
    {
        await using var db = host.CreateDbContext();
        return await db.Events.AsNoTracking().Where(e => e.MessageId.StartsWith($"crm-ticket-{ticketId}-")).OrderBy(e => e.Id).ToListAsync(Ct);
    }

    [Fact]
    public async Task CreateAsync_UrgentTicket_DueFourHoursLaterWithHistoryAndAnOpenedEvent()
    {
        var clock = new FakeTimeProvider(Start);
        await using var host = await CrmHarness.StartAsync(clock);
        var agent = await CrmHarness.AddUserAsync(host, "Ada");
        var contact = await host.Get<ContactService>().CreateAsync(CrmHarness.Jane(), "sam", Ct);

        var view = await host.Get<TicketService>().CreateAsync(Login("urgent", contactId: contact.Contact.Id) with { AssigneeId = agent }, "sam", Ct);

        var t = view.Ticket;
        Assert.Equal((TicketStatus.New, TicketPriority.Urgent, Start, Start.AddHours(4), (DateTime?)null, "sam"), (t.Status, t.Priority, t.CreatedAt, t.DueAt, t.SolvedAt, t.CreatedBy));
        Assert.Equal(("Ada", "Jane Doe", false), (view.AssigneeName, view.ContactName, view.Breached));
        var history = await host.Get<TicketService>().HistoryAsync(t.Id, Ct);
        Assert.Contains(history, h => h is { Field: "priority", OldValue: null, NewValue: "urgent", ChangedBy: "sam" });
        Assert.Contains(history, h => h is { Field: "dueAt", NewValue: "2026-05-04 13:00" });
        var opened = Assert.Single(await TicketEventsAsync(host, t.Id));
        Assert.Equal(("Ticket Opened", $"crm-ticket-{t.Id}-opened"), (opened.Name, opened.MessageId));
        using var raw = JsonDocument.Parse(opened.Raw);
        var properties = raw.RootElement.GetProperty("properties");
        Assert.Equal((t.Id, "Cannot log in", "urgent", "new"), (properties.GetProperty("ticket_id").GetInt64(), properties.GetProperty("subject").GetString(),
            properties.GetProperty("priority").GetString(), properties.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task UpdateAsync_PriorityRaised_RecomputesDueAtFromCreation()
    {
        var clock = new FakeTimeProvider(Start);
        await using var host = await CrmHarness.StartAsync(clock);
        var service = host.Get<TicketService>();
        var created = await service.CreateAsync(Login("low"), "sam", Ct);
        clock.Advance(TimeSpan.FromHours(30));

        var raised = await service.UpdateAsync(created.Ticket.Id, Login("high"), "kim", Ct);

        Assert.Equal((Start.AddHours(168), Start.AddHours(24)), (created.Ticket.DueAt, raised.Ticket.DueAt));
        Assert.True(raised.Breached);
        var history = await service.HistoryAsync(created.Ticket.Id, Ct);
        Assert.Equal(["dueAt", "priority"], history.Where(h => h.ChangedBy == "kim").Select(h => h.Field).Order());
    }

    [Fact]
    public async Task UpdateAsync_Solved_StoresTicketSolvedAttributedToTheContact()
    {
        var clock = new FakeTimeProvider(Start);
        await using var host = await CrmHarness.StartAsync(clock);
        var contact = await host.Get<ContactService>().CreateAsync(CrmHarness.Jane(), "sam", Ct);
        var account = await host.Get<AccountService>().CreateAsync(new AccountFields { Name = "Acme" }, "sam", Ct);
        var service = host.Get<TicketService>();
        var created = await service.CreateAsync(Login(contactId: contact.Contact.Id, accountId: account.Account.Id), "sam", Ct);
        clock.Advance(TimeSpan.FromHours(2));

        var solved = await service.UpdateAsync(created.Ticket.Id, Login("normal", "solved", contact.Contact.Id, account.Account.Id), "kim", Ct);

        Assert.Equal(Start.AddHours(2), solved.Ticket.SolvedAt);
        var events = await TicketEventsAsync(host, created.Ticket.Id);
        Assert.Equal(["Ticket Opened", "Ticket Solved"], events.Select(e => e.Name));
        var solvedEvent = events[1];
        Assert.Equal(($"crm-ticket-{created.Ticket.Id}-solved-2", MessageType.Track, Start.AddHours(2)), (solvedEvent.MessageId, solvedEvent.Type, solvedEvent.Timestamp));
        using var ids = JsonDocument.Parse(solvedEvent.ExternalIds!);
        Assert.Equal((contact.Contact.Id.ToString(), CrmMessages.ContactIdType),
            (ids.RootElement[0].GetProperty("id").GetString(), ids.RootElement[0].GetProperty("type").GetString()));
        using var raw = JsonDocument.Parse(solvedEvent.Raw);
        Assert.Equal(("solved", account.Account.Id), (raw.RootElement.GetProperty("properties").GetProperty("status").GetString(),
            raw.RootElement.GetProperty("properties").GetProperty("account_id").GetInt64()));
    }

    [Fact]
    public async Task UpdateAsync_Solved_EventJoinsTheContactsProfileAfterResolution()
    {
        await using var harness = await IdentityHarness.StartAsync();
        var contact = await harness.Host.Get<ContactService>().CreateAsync(CrmHarness.Jane(), "sam", Ct);
        var service = harness.Host.Get<TicketService>();
        var created = await service.CreateAsync(Login(contactId: contact.Contact.Id), "sam", Ct);

        await service.UpdateAsync(created.Ticket.Id, Login("normal", "solved", contact.Contact.Id), "kim", Ct);
        await harness.ResolveAsync();

        var profile = (await harness.Host.Get<ContactService>().GetAsync(contact.Contact.Id, Ct)).ProfileId;
        Assert.NotNull(profile);
        await using var db = harness.Host.CreateDbContext();
        var solvedOwner = await db.EventProfiles.Where(p => db.Events.Any(e => e.Id == p.EventId && e.Name == "Ticket Solved"))
            .Select(p => (long?)p.ProfileId).SingleAsync(Ct);
        Assert.Equal(profile, solvedOwner);
    }

    [Fact]
    public async Task UpdateAsync_SolvedThenClosedThenReopened_KeepsSolvedAtUntilReopenedAndStoresReopened()
    {
        var clock = new FakeTimeProvider(Start);
        await using var host = await CrmHarness.StartAsync(clock);
        var service = host.Get<TicketService>();
        var id = (await service.CreateAsync(Login(), "sam", Ct)).Ticket.Id;
        clock.Advance(TimeSpan.FromHours(1));
        await service.UpdateAsync(id, Login(status: "solved"), "kim", Ct);
        clock.Advance(TimeSpan.FromHours(1));

        var closed = await service.UpdateAsync(id, Login(status: "closed"), "kim", Ct);
        var reopened = await service.UpdateAsync(id, Login(status: "open"), "kim", Ct);

        Assert.Equal(Start.AddHours(1), closed.Ticket.SolvedAt);
        Assert.Equal((TicketStatus.Open, (DateTime?)null), (reopened.Ticket.Status, reopened.Ticket.SolvedAt));
        var events = await TicketEventsAsync(host, id);
        Assert.Equal(["Ticket Opened", "Ticket Solved", "Ticket Reopened"], events.Select(e => e.Name));
        Assert.Equal($"crm-ticket-{id}-reopened-4", events[2].MessageId);
    }

    [Fact]
    public async Task UpdateAsync_NoStatusOrPriority_KeepsTheTicketsOwn()
    {
        await using var host = await CrmHarness.StartAsync(new FakeTimeProvider(Start));
        var service = host.Get<TicketService>();
        var id = (await service.CreateAsync(Login("high", "pending"), "sam", Ct)).Ticket.Id;

        var updated = await service.UpdateAsync(id, new TicketFields { Subject = "Cannot log in (SSO)" }, "kim", Ct);

        Assert.Equal((TicketStatus.Pending, TicketPriority.High, (string?)null), (updated.Ticket.Status, updated.Ticket.Priority, updated.Ticket.Description));
    }

    [Fact]
    public async Task CreateAsync_UnknownContactAccountAndAssignee_NamesEachAndStoresNothing()
    {
        await using var host = await CrmHarness.StartAsync(new FakeTimeProvider(Start));

        var error = await Assert.ThrowsAsync<DomainValidationException>(() =>
            host.Get<TicketService>().CreateAsync(Login(contactId: 41, accountId: 42) with { AssigneeId = "nobody" }, "sam", Ct));

        Assert.Equal(["accountId", "assigneeId", "contactId"], error.Errors.Keys.Order());
        Assert.Contains("assignee is not a portal user", error.Errors["assigneeId"][0], StringComparison.Ordinal);
        await using var db = host.CreateDbContext();
        Assert.Equal((0, 0, 0), (await db.CrmTickets.CountAsync(Ct), await db.Events.CountAsync(Ct), await db.CrmFieldChanges.CountAsync(Ct)));
    }

    [Fact]
    public async Task CreateAsync_ConfiguredUrgentTarget_DueThen()
    {
        await using var host = await CrmHarness.StartAsync(new FakeTimeProvider(Start), new Dictionary<string, string?> { ["Crm:TicketSla:UrgentHours"] = "2" });

        var view = await host.Get<TicketService>().CreateAsync(Login("urgent"), "sam", Ct);

        Assert.Equal(Start.AddHours(2), view.Ticket.DueAt);
    }

    [Fact]
    public async Task GetAsync_OpenPastItsDueTime_IsBreached()
    {
        var clock = new FakeTimeProvider(Start);
        await using var host = await CrmHarness.StartAsync(clock);
        var service = host.Get<TicketService>();
        var id = (await service.CreateAsync(Login("urgent"), "sam", Ct)).Ticket.Id;

        clock.Advance(TimeSpan.FromHours(4));
        var onTime = await service.GetAsync(id, Ct);
        clock.Advance(TimeSpan.FromMinutes(1));
        var late = await service.GetAsync(id, Ct);

        Assert.Equal((false, true), (onTime.Breached, late.Breached));
    }

    [Fact]
    public async Task DeleteAsync_Ticket_RemovesItAndRecordsWhoDeletedIt()
    {
        await using var host = await CrmHarness.StartAsync(new FakeTimeProvider(Start));
        var service = host.Get<TicketService>();
        var id = (await service.CreateAsync(Login(), "sam", Ct)).Ticket.Id;

        await service.DeleteAsync(id, "kim", Ct);

        await Assert.ThrowsAsync<NotFoundException>(() => service.GetAsync(id, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => service.DeleteAsync(id, "kim", Ct));
        await using var db = host.CreateDbContext();
        Assert.True(await db.CrmFieldChanges.AnyAsync(c => c.RecordType == "ticket" && c.RecordId == id && c.Field == "deleted" && c.OldValue == "Cannot log in" && c.ChangedBy == "kim", Ct));
    }

    [Fact]
    public async Task DeleteAsync_AccountAndContactOfATicket_KeepTheTicketWithoutThem()
    {
        await using var host = await CrmHarness.StartAsync(new FakeTimeProvider(Start));
        var account = await host.Get<AccountService>().CreateAsync(new AccountFields { Name = "Acme" }, "sam", Ct);
        var contact = await host.Get<ContactService>().CreateAsync(CrmHarness.Jane() with { AccountId = account.Account.Id }, "sam", Ct);
        var id = (await host.Get<TicketService>().CreateAsync(Login(contactId: contact.Contact.Id, accountId: account.Account.Id), "sam", Ct)).Ticket.Id;

        await host.Get<AccountService>().DeleteAsync(account.Account.Id, "kim", Ct);
        await host.Get<ContactService>().DeleteAsync(contact.Contact.Id, "kim", Ct);

        var ticket = (await host.Get<TicketService>().GetAsync(id, Ct)).Ticket;
        Assert.Equal(((long?)null, (long?)null), (ticket.AccountId, ticket.ContactId));
    }
}
