using Bunit;
using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;

namespace Lodestar.Portal.Client.Tests.Features.Crm;

public sealed class TicketPageTests() : CrmTestBase(PortalRoles.Sales)
{
    private IRenderedComponent<IComponent> RenderPrinterJam(string status = "open")
    {
        _tickets.Tickets.Add(FakeTicketsApi.Ticket(4, "Printer jam", status, "urgent", dueInHours: -1, contactId: 7, contactName: "Ann Lee",
            accountId: 5, accountName: "Acme", assigneeId: "u-mia"));
        var cut = RenderWithPopovers<TicketPage>(("Id", 4L));
        cut.WaitForElement("[data-testid='ticket-title']", Patience);
        return cut;
    }

    [Fact]
    public void Render_Ticket_HeaderDetailsLinksAndHistory()
    {
        _tickets.Histories[4] = [new("priority", "normal", "urgent", "mia@example.com", new DateTime(2026, 5, 4, 9, 0, 0, DateTimeKind.Utc))];

        var cut = RenderPrinterJam();

        Assert.Equal("Printer jam", cut.Find("[data-testid='ticket-title']").TextContent.Trim());
        Assert.Equal(("Open", "Urgent", "1 h overdue"), (cut.Find("[data-testid='ticket-status']").TextContent.Trim(),
            cut.Find("[data-testid='ticket-priority']").TextContent.Trim(), cut.Find("[data-testid='ticket-due']").TextContent.Trim()));
        Assert.NotNull(cut.Find("[data-testid='ticket-breached']"));
        Assert.Equal("The customer's words.", cut.Find("[data-testid='detail-description']").TextContent.Trim());
        Assert.Equal("crm/contacts/7", cut.Find("[data-testid='detail-contact'] a").GetAttribute("href"));
        Assert.Equal("crm/accounts/5", cut.Find("[data-testid='detail-account'] a").GetAttribute("href"));
        Assert.Contains("Priority normal → urgent", string.Join(' ', cut.Find("[data-testid='field-change']").TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.Equal("crm/tickets", cut.FindAll(".mud-breadcrumb-item a")[1].GetAttribute("href"));
    }

    [Fact]
    public void Move_Solve_SavesTheTicketAsItIsWithStatusSolvedAndShowsIt()
    {
        var cut = RenderPrinterJam();
        Assert.Equal(["ticket-move-pending", "ticket-move-solved"], cut.FindAll("[data-testid='ticket-steps'] button").Select(b => b.GetAttribute("data-testid")));

        cut.Find("[data-testid='ticket-move-solved']").Click();

        cut.WaitForAssertion(() => Assert.Equal("Solved", cut.Find("[data-testid='ticket-status']").TextContent.Trim()), Patience);
        var (id, input) = Assert.Single(_tickets.Updated);
        Assert.Equal((4L, new TicketInput { Subject = "Printer jam", Description = "The customer's words.", Status = "solved", Priority = "urgent", AssigneeId = "u-mia", ContactId = 7, AccountId = 5 }),
            (id, input));
        Assert.Equal(["ticket-move-closed", "ticket-move-open"], cut.FindAll("[data-testid='ticket-steps'] button").Select(b => b.GetAttribute("data-testid")));
    }

    [Fact]
    public void Move_Refused_ShowsWhyAndKeepsTheTicket()
    {
        var cut = RenderPrinterJam("closed");
        _tickets.SaveError = new ApiException(404, "There is no ticket with id 4.");

        cut.Find("[data-testid='ticket-move-open']").Click();

        cut.WaitForAssertion(() => Assert.Equal("There is no ticket with id 4.", cut.Find("[data-testid='ticket-action-error']").TextContent.Trim()), Patience);
        Assert.Equal("Closed", cut.Find("[data-testid='ticket-status']").TextContent.Trim());
    }

    [Fact]
    public void Edit_SubjectAndPriority_SavesAndShowsThem()
    {
        var cut = RenderPrinterJam();

        cut.Find("[data-testid='ticket-edit']").Click();
        cut.WaitForElement("input[data-testid='ticket-subject']", Patience).Change("Printer jam on floor 2");
        cut.Find("[data-testid='ticket-save']").Click();

        cut.WaitForAssertion(() => Assert.Equal("Printer jam on floor 2", cut.Find("[data-testid='ticket-title']").TextContent.Trim()), Patience);
        Assert.Equal((4L, "urgent", (long?)7), (_tickets.Updated.Single().Id, _tickets.Updated.Single().Input.Priority, _tickets.Updated.Single().Input.ContactId));
    }

    [Fact]
    public void Delete_Confirmed_DeletesAndGoesToTheQueue()
    {
        var cut = RenderPrinterJam();

        cut.Find("[data-testid='ticket-delete']").Click();
        ClickDialogButton(cut, "Delete");

        cut.WaitForAssertion(() => Assert.Equal([4L], _tickets.Deleted), Patience);
        Assert.Equal("/crm/tickets", CurrentPath);
    }

    [Fact]
    public void Render_UnknownTicket_SaysSo()
    {
        var cut = RenderWithPopovers<TicketPage>(("Id", 99L));

        cut.WaitForAssertion(() => Assert.Equal("There is no ticket with id 99.", cut.Find("[data-testid='ticket-error']").TextContent.Trim()), Patience);
    }
}
