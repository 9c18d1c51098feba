using Bunit;
using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace Lodestar.Portal.Client.Tests.Features.Crm;

public sealed class TicketDialogTests() : CrmTestBase(PortalRoles.Sales)
{
    private IRenderedComponent<IComponent> OpenNewTicket()
    {
        var cut = RenderWithPopovers<TicketsPage>();
        cut.WaitForElement("[data-testid='ticket-new']", Patience).Click();
        cut.WaitForElement("input[data-testid='ticket-subject']", Patience);
        return cut;
    }

    [Fact]
    public void Save_Valid_CreatesNewNormalTicketAndOpensIt()
    {
        var cut = OpenNewTicket();

        cut.Find("input[data-testid='ticket-subject']").Change("  Cannot log in ");
        cut.Find("textarea[data-testid='ticket-description']").Change("Since the reset.");
        cut.Find("[data-testid='ticket-save']").Click();

        cut.WaitForAssertion(() => Assert.Single(_tickets.Created), Patience);
        Assert.Equal(new TicketInput { Subject = "Cannot log in", Description = "Since the reset.", Status = "new", Priority = "normal" }, _tickets.Created[0]);
        cut.WaitForAssertion(() => Assert.Equal("/crm/tickets/1", CurrentPath), Patience);
    }

    [Fact]
    public void Save_NoSubject_SaysWhatIsMissingAndSavesNothing()
    {
        var cut = OpenNewTicket();

        cut.Find("[data-testid='ticket-save']").Click();

        cut.WaitForAssertion(() => Assert.StartsWith("Enter a subject: what the customer needs, in a line.", ErrorUnder(cut, "ticket-subject"), StringComparison.Ordinal), Patience);
        Assert.Empty(_tickets.Created);
        Assert.NotEmpty(cut.FindAll(".mud-dialog"));
    }

    [Fact]
    public void Save_ServerRefusesContactAndAssignee_ShowsEachUnderItsField()
    {
        _tickets.SaveError = new ApiException(400, "The ticket is not valid.", new Dictionary<string, string[]>
        {
            ["contactId"] = ["There is no contact with id 9: pick an existing contact or leave it empty."],
            ["assigneeId"] = ["The assignee is not a portal user: pick one from the list or leave it empty."],
        });
        var cut = OpenNewTicket();
        cut.Find("input[data-testid='ticket-subject']").Change("Help");

        cut.Find("[data-testid='ticket-save']").Click();

        cut.WaitForAssertion(() => Assert.StartsWith("There is no contact with id 9", ErrorUnder(cut, "ticket-contact"), StringComparison.Ordinal), Patience);
        Assert.Contains("assignee is not a portal user", cut.Find("[data-testid='ticket-form']").TextContent, StringComparison.Ordinal);
        Assert.Contains("The ticket is not valid.", cut.Find("[data-testid='ticket-form-error']").TextContent, StringComparison.Ordinal);
    }
}
