using Lodestar.Domain.Crm;
using Lodestar.Testing;

namespace Lodestar.Domain.Tests.Crm;

public sealed class TicketQueryServiceTests
{
    private static readonly DateTime Start = new(2026, 5, 4, 9, 0, 0, DateTimeKind.Utc);

    private static CancellationToken Ct => CrmHarness.Ct;

    private static TicketSearch Search(
        string? q = null, TicketStatus[]? statuses = null, TicketPriority[]? priorities = null, string? assigneeId = null, bool unassigned = false,
        long? contactId = null, long? accountId = null, bool breachedOnly = false, string? sort = null, int offset = 0, int limit = 25) =>
        new(q, statuses ?? [], priorities ?? [], assigneeId, unassigned, contactId, accountId, breachedOnly, sort, offset, limit);

    private sealed record Seeded(DomainTestHost Host, string Ada, long ContactId, long AccountId) : IAsyncDisposable
    {
        public async Task<string[]> SubjectsAsync(TicketSearch search) =>
            [.. (await Host.Get<TicketQueryService>().ListAsync(search, Ct)).Items.Select(v => v.Ticket.Subject)];

        public ValueTask DisposeAsync() => Host.DisposeAsync();
    }

    /// <summary>
    /// Five tickets created an hour apart, then the clock stands 30 hours after the first: "Printer jam" (urgent, due at 4 h)
    /// and "Export broken" (high, due at 25 h) are breached, "Invoice wrong" is solved late, the rest are on time.
    /// </summary>
    private static async Task<Seeded> SeedAsync()
    {
        var clock = new FakeTimeProvider(Start);
        var host = await CrmHarness.StartAsync(clock);
        var ada = await CrmHarness.AddUserAsync(host, "Ada");
        var account = await host.Get<AccountService>().CreateAsync(new AccountFields { Name = "Acme" }, "t", Ct);
        var contact = await host.Get<ContactService>().CreateAsync(CrmHarness.Jane(), "t", Ct);
        var tickets = host.Get<TicketService>();
        async Task<long> AddAsync(string subject, string priority, string? assignee = null, long? contactId = null, long? accountId = null)
        {
            var view = await tickets.CreateAsync(new TicketFields { Subject = subject, Priority = priority, AssigneeId = assignee, ContactId = contactId, AccountId = accountId }, "t", Ct);
            clock.Advance(TimeSpan.FromHours(1));
            return view.Ticket.Id;
        }

        await AddAsync("Printer jam", "urgent", ada);
        await AddAsync("Export broken", "high", accountId: account.Account.Id);
        var invoice = await AddAsync("Invoice wrong", "urgent", ada, contact.Contact.Id, account.Account.Id);
        await AddAsync("Feature request", "low", contactId: contact.Contact.Id);
        await AddAsync("Password reset", "normal", ada);
        clock.Now = new DateTimeOffset(Start.AddHours(10));
        await tickets.UpdateAsync(invoice, new TicketFields { Subject = "Invoice wrong", Status = "solved", AssigneeId = ada, ContactId = contact.Contact.Id, AccountId = account.Account.Id }, "t", Ct);
        clock.Now = new DateTimeOffset(Start.AddHours(30));
        return new Seeded(host, ada, contact.Contact.Id, account.Account.Id);
    }

    [Fact]
    public async Task ListAsync_NoSort_QueueOrderOpenWorkFirstBreachedFirstThenSoonestDue()
    {
        await using var s = await SeedAsync();

        var subjects = await s.SubjectsAsync(Search());

        Assert.Equal(["Printer jam", "Export broken", "Password reset", "Feature request", "Invoice wrong"], subjects);
    }

    [Fact]
    public async Task ListAsync_NoSortSolvedTickets_SolvedLateBeforeSolvedOnTime()
    {
        var clock = new FakeTimeProvider(Start);
        await using var host = await CrmHarness.StartAsync(clock);
        var tickets = host.Get<TicketService>();
        var onTime = await tickets.CreateAsync(new TicketFields { Subject = "On time", Priority = "urgent" }, "t", Ct);
        var late = await tickets.CreateAsync(new TicketFields { Subject = "Late", Priority = "high" }, "t", Ct);
        clock.Advance(TimeSpan.FromHours(1));
        await tickets.UpdateAsync(onTime.Ticket.Id, new TicketFields { Subject = "On time", Status = "solved" }, "t", Ct);
        clock.Advance(TimeSpan.FromHours(30));
        await tickets.UpdateAsync(late.Ticket.Id, new TicketFields { Subject = "Late", Status = "solved" }, "t", Ct);

        var page = await host.Get<TicketQueryService>().ListAsync(Search(), Ct);

        Assert.Equal(["Late", "On time"], page.Items.Select(v => v.Ticket.Subject));
    }

    [Fact]
    public async Task ListAsync_BreachedOnly_OpenPastDueAndSolvedLate()
    {
        await using var s = await SeedAsync();

        var page = await s.Host.Get<TicketQueryService>().ListAsync(Search(breachedOnly: true), Ct);

        Assert.Equal(["Printer jam", "Export broken", "Invoice wrong"], page.Items.Select(v => v.Ticket.Subject));
        Assert.All(page.Items, v => Assert.True(v.Breached));
    }

    [Theory]
    [InlineData("priority", new[] { "Feature request", "Password reset", "Export broken", "Printer jam", "Invoice wrong" })]
    [InlineData("-priority", new[] { "Printer jam", "Invoice wrong", "Export broken", "Password reset", "Feature request" })]
    [InlineData("-status", new[] { "Invoice wrong", "Printer jam", "Export broken", "Feature request", "Password reset" })]
    [InlineData("subject", new[] { "Export broken", "Feature request", "Invoice wrong", "Password reset", "Printer jam" })]
    [InlineData("-dueAt", new[] { "Feature request", "Password reset", "Export broken", "Invoice wrong", "Printer jam" })]
    [InlineData("-createdAt", new[] { "Password reset", "Feature request", "Invoice wrong", "Export broken", "Printer jam" })]
    [InlineData("-updatedAt", new[] { "Invoice wrong", "Password reset", "Feature request", "Export broken", "Printer jam" })]
    public async Task ListAsync_Sort_OrdersByIt(string sort, string[] expected)
    {
        await using var s = await SeedAsync();

        Assert.Equal(expected, await s.SubjectsAsync(Search(sort: sort)));
    }

    [Fact]
    public async Task ListAsync_Filters_EachNarrowsTheList()
    {
        await using var s = await SeedAsync();

        Assert.Equal(["Invoice wrong"], await s.SubjectsAsync(Search(statuses: [TicketStatus.Solved, TicketStatus.Closed])));
        Assert.Equal(["Printer jam", "Password reset"], await s.SubjectsAsync(Search(statuses: [TicketStatus.New], assigneeId: s.Ada)));
        Assert.Equal(["Export broken", "Feature request"], await s.SubjectsAsync(Search(unassigned: true, assigneeId: s.Ada)));
        Assert.Equal(["Printer jam", "Invoice wrong"], await s.SubjectsAsync(Search(priorities: [TicketPriority.Urgent])));
        Assert.Equal(["Feature request", "Invoice wrong"], await s.SubjectsAsync(Search(contactId: s.ContactId)));
        Assert.Equal(["Export broken", "Invoice wrong"], await s.SubjectsAsync(Search(accountId: s.AccountId)));
        Assert.Equal(["Password reset"], await s.SubjectsAsync(Search(q: "WORD")));
    }

    [Fact]
    public async Task ListAsync_Paging_GivesThePageTheTotalAndTheNames()
    {
        await using var s = await SeedAsync();

        var page = await s.Host.Get<TicketQueryService>().ListAsync(Search(sort: "subject", offset: 2, limit: 1), Ct);

        Assert.Equal(5, page.Total);
        var invoice = Assert.Single(page.Items);
        Assert.Equal(("Invoice wrong", "Ada", "Jane Doe", "Acme"), (invoice.Ticket.Subject, invoice.AssigneeName, invoice.ContactName, invoice.AccountName));
    }

    [Theory]
    [InlineData("50%", "Refund 50% off")]
    [InlineData("a_b", "Error a_b")]
    [InlineData("[beta]", "Crash [beta]")]
    public async Task ListAsync_QWithLikeWildcards_MatchesThemLiterally(string q, string subject)
    {
        await using var host = await CrmHarness.StartAsync(new FakeTimeProvider(Start));
        foreach (var text in new[] { "Refund 50% off", "Refund 50 off", "Error a_b", "Error axb", "Crash [beta]", "Crash b" })
            await host.Get<TicketService>().CreateAsync(new TicketFields { Subject = text }, "t", Ct);

        var page = await host.Get<TicketQueryService>().ListAsync(Search(q: q), Ct);

        Assert.Equal([subject], page.Items.Select(v => v.Ticket.Subject));
    }

    [Fact]
    public void CheckSort_UnknownKey_NamesSort()
    {
        var error = Assert.Throws<DomainValidationException>(() => TicketQueryService.CheckSort("-size"));

        Assert.Equal(["sort"], error.Errors.Keys);
    }
}
