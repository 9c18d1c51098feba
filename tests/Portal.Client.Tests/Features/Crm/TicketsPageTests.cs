using Bunit;
using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;

namespace Lodestar.Portal.Client.Tests.Features.Crm;

public sealed class TicketsPageTests() : CrmTestBase(PortalRoles.Sales)
{
    private IRenderedComponent<IComponent> RenderQueue()
    {
        _tickets.Tickets.Add(FakeTicketsApi.Ticket(1, "Printer jam", "new", "urgent", dueInHours: -2.5, contactId: 7, contactName: "Ann Lee", accountId: 5, accountName: "Acme"));
        _tickets.Tickets.Add(FakeTicketsApi.Ticket(2, "Export broken", "pending", "low", dueInHours: 3.2, assigneeId: "u-mia"));
        _tickets.Tickets.Add(FakeTicketsApi.Ticket(3, "Refund", "solved"));
        var cut = RenderWithPopovers<TicketsPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, Subjects(cut).Length), Patience);
        return cut;
    }

    private static string[] Subjects(IRenderedComponent<IComponent> cut) =>
        [.. cut.FindAll("[data-testid='ticket-subject-cell']").Select(td => td.TextContent.Trim())];

    private static string[] Texts(IRenderedComponent<IComponent> cut, string testId) =>
        [.. cut.FindAll($"[data-testid='{testId}']").Select(e => e.TextContent.Trim())];

    [Fact]
    public void Render_Queue_OpenWorkWithChipsDueTimesLinksAndTheBreachedChip()
    {
        var cut = RenderQueue();

        Assert.Equal(["Printer jam", "Export broken"], Subjects(cut));
        Assert.Equal(["new", "open", "pending"], _tickets.Queries[0].Statuses);
        Assert.Null(_tickets.Queries[0].Sort);
        Assert.Equal(["New", "Pending"], Texts(cut, "ticket-status"));
        Assert.Equal(["Urgent", "Low"], Texts(cut, "ticket-priority"));
        Assert.Equal(["2 h overdue", "due in 3 h"], Texts(cut, "ticket-due"));
        Assert.Single(cut.FindAll("[data-testid='ticket-table'] tbody tr")[0].QuerySelectorAll("[data-testid='ticket-breached']"));
        Assert.Single(cut.FindAll("[data-testid='ticket-breached']"));
        Assert.Equal(["Unassigned", "Mia Sales"], Texts(cut, "ticket-assignee-cell"));
        Assert.Equal("crm/contacts/7", cut.Find("[data-testid='link-contacts']").GetAttribute("href"));
        Assert.Equal("crm/accounts/5", cut.Find("[data-testid='link-accounts']").GetAttribute("href"));
        Assert.Equal("2 tickets", cut.Find("[data-testid='ticket-total']").TextContent.Trim());
        Assert.Equal("crm/tickets", cut.Find("[data-testid='crm-nav-tickets']").GetAttribute("href"));
    }

    [Fact]
    public void Filters_SolvedChipMineAndBreached_AskTheApiForThem()
    {
        var cut = RenderQueue();

        cut.Find("[data-testid='ticket-status-filter-solved']").Click();
        cut.WaitForAssertion(() => Assert.Equal(["Printer jam", "Export broken", "Refund"], Subjects(cut)), Patience);
        cut.Find("[data-testid='ticket-assignee-filter']").Closest(".mud-select")!.MouseDown();
        cut.WaitForAssertion(() => Assert.Contains(cut.FindAll(".mud-popover-open .mud-list-item"), i => i.TextContent.Trim() == "Mine"), Patience);
        cut.FindAll(".mud-popover-open .mud-list-item").Single(i => i.TextContent.Trim() == "Mine").Click();
        cut.WaitForAssertion(() => Assert.Equal(["Export broken"], Subjects(cut)), Patience);
        cut.Find("input[data-testid='ticket-breached-filter']").Change(true);

        cut.WaitForAssertion(() => Assert.Contains("No ticket matches these filters.", cut.Find("[data-testid='tickets-empty']").TextContent, StringComparison.Ordinal), Patience);
        var last = _tickets.Queries[^1];
        Assert.Equal((TicketQuery.Me, true), (last.AssigneeId, last.Breached));
        Assert.Equal(["new", "open", "pending", "solved"], last.Statuses!.Order());
    }

    [Fact]
    public void Search_Text_PassesQ()
    {
        var cut = RenderQueue();

        cut.Find("input[data-testid='ticket-search']").Input("print");

        cut.WaitForAssertion(() => Assert.Equal(["Printer jam"], Subjects(cut)), Patience);
        Assert.Equal("print", _tickets.Queries[^1].Q);
    }

    [Fact]
    public void Render_NoOpenWork_SaysTheQueueIsEmptyAndWhatToDoNext()
    {
        _tickets.Tickets.Add(FakeTicketsApi.Ticket(3, "Refund", "closed"));

        var cut = RenderWithPopovers<TicketsPage>();

        var empty = cut.WaitForElement("[data-testid='tickets-empty']", Patience).TextContent;
        Assert.Contains("The queue is empty", empty, StringComparison.Ordinal);
        Assert.Contains("Solved or Closed", empty, StringComparison.Ordinal);
        Assert.Contains("open a ticket with New ticket", empty, StringComparison.Ordinal);
    }

    [Fact]
    public void SortByPriority_ClickedTwice_AsksForMostUrgentFirst()
    {
        var cut = RenderQueue();
        var header = () => cut.FindAll(".mud-table-sort-label").Single(l => l.TextContent.Contains("Priority", StringComparison.Ordinal));

        header().Click();
        cut.WaitForAssertion(() => Assert.Equal("priority", _tickets.Queries[^1].Sort), Patience);
        header().Click();

        cut.WaitForAssertion(() => Assert.Equal("-priority", _tickets.Queries[^1].Sort), Patience);
    }

    [Fact]
    public void RowClick_NavigatesToTheTicket()
    {
        var cut = RenderQueue();

        cut.FindAll("[data-testid='ticket-table'] tbody tr")[1].Click();

        Assert.Equal("/crm/tickets/2", CurrentPath);
    }

    [Fact]
    public void ApplySavedView_SolvedAndMine_ListsAsTheViewSaysAndSetsTheFilters()
    {
        _views.Views.Add(FakeSavedViewsApi.View(1, "tickets", "My solved", """{"statuses":["solved"],"assigneeId":"me","breached":true,"sort":"subject"}"""));
        var cut = RenderQueue();

        cut.Find("[data-testid='saved-views'] button").Click();
        cut.WaitForElement("[data-testid='saved-view-apply']", Patience).Click();

        cut.WaitForAssertion(() => Assert.Equal("subject", _tickets.Queries[^1].Sort), Patience);
        var query = _tickets.Queries[^1];
        Assert.Equal(["solved"], query.Statuses!);
        Assert.Equal((TicketQuery.Me, true, (string?)null), (query.AssigneeId, query.Breached, query.Priorities?.FirstOrDefault()));
        Assert.Equal("My solved", cut.Find("[data-testid='saved-views'] button").TextContent.Trim());
    }
}
