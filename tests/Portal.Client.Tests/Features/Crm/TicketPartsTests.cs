using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Client.Tests.TestDoubles;

namespace Lodestar.Portal.Client.Tests.Features.Crm;

public sealed class TicketPartsTests
{
    [Theory]
    [InlineData(0.5, "due in 30 min")]
    [InlineData(3.9, "due in 3 h")]
    [InlineData(50, "due in 2 d")]
    [InlineData(-0.001, "1 min overdue")]
    [InlineData(-30, "30 h overdue")]
    public void DueText_OpenTicket_RelativeToNow(double dueInHours, string expected)
    {
        var ticket = FakeTicketsApi.Ticket(1, "x", dueInHours: dueInHours);

        Assert.Equal(expected, TicketDueText.Of(ticket, StoppedClock.Now));
    }

    [Theory]
    [InlineData(-5, "solved in time")]
    [InlineData(2, "solved 2 h late")]
    public void DueText_SolvedTicket_AgainstTheSolveTime(int solvedHoursAfterDue, string expected)
    {
        var ticket = FakeTicketsApi.Ticket(1, "x", "solved", dueInHours: -10);
        ticket = ticket with { SolvedAt = ticket.DueAt.AddHours(solvedHoursAfterDue) };

        Assert.Equal(expected, TicketDueText.Of(ticket, StoppedClock.Now));
    }

    [Theory]
    [InlineData("new", new[] { "open", "pending", "solved" })]
    [InlineData("pending", new[] { "open", "solved" })]
    [InlineData("solved", new[] { "closed", "open" })]
    [InlineData("closed", new[] { "open" })]
    public void NextSteps_Status_TheWorkflowsNextStatuses(string status, string[] expected)
    {
        Assert.Equal(expected, TicketChoices.NextSteps(status).Select(s => s.Status));
    }

    [Fact]
    public void TicketForm_FromTicket_RoundTripsEveryField()
    {
        var ticket = FakeTicketsApi.Ticket(1, "Printer jam", "pending", "high", contactId: 7, contactName: "Ann Lee", accountId: 5, accountName: "Acme", assigneeId: "u-mia");

        var input = TicketForm.From(ticket).ToInput();

        Assert.Equal(new TicketInput
        {
            Subject = "Printer jam", Description = "The customer's words.", Status = "pending", Priority = "high", AssigneeId = "u-mia", ContactId = 7, AccountId = 5,
        }, input);
    }
}
