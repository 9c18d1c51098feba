using Lodestar.Domain.Crm;

namespace Lodestar.Domain.Tests.Crm;

public sealed class TicketValidatorTests
{
    [Fact]
    public void Normalize_ValidFields_TrimsAndParsesStatusAndPriority()
    {
        var fields = TicketValidator.Normalize(new TicketFields
        {
            Subject = "  Cannot log in ", Description = " Since Monday. ", Status = "Pending", Priority = " urgent", AssigneeId = " u-1 ", ContactId = 4, AccountId = 7,
        });

        Assert.Equal(new CheckedTicketFields("Cannot log in", "Since Monday.", TicketStatus.Pending, TicketPriority.Urgent, "u-1", 4, 7), fields);
    }

    [Fact]
    public void Normalize_NoStatusPriorityOrAssignee_LeavesThemEmpty()
    {
        var fields = TicketValidator.Normalize(new TicketFields { Subject = "Refund", Status = " ", AssigneeId = "" });

        Assert.Equal((null, null, null, null), (fields.Status, fields.Priority, fields.AssigneeId, fields.Description));
    }

    [Theory]
    [InlineData(null, null, null, null, "subject")]
    [InlineData("   ", null, null, null, "subject")]
    [InlineData("x", "done", null, null, "status")]
    [InlineData("x", "3", null, null, "status")]
    [InlineData("x", null, "critical", null, "priority")]
    [InlineData("x", null, null, 4001, "description")]
    public void Normalize_BadField_NamesThatField(string? subject, string? status, string? priority, int? descriptionLength, string field)
    {
        var input = new TicketFields
        {
            Subject = subject, Status = status, Priority = priority, Description = descriptionLength is { } n ? new string('d', n) : null,
        };

        var error = Assert.Throws<DomainValidationException>(() => TicketValidator.Normalize(input));

        Assert.Equal([field], error.Errors.Keys);
    }

    [Fact]
    public void Normalize_EveryFieldWrong_NamesEachWithWhatToUse()
    {
        var error = Assert.Throws<DomainValidationException>(() =>
            TicketValidator.Normalize(new TicketFields { Subject = new string('s', 201), Status = "done", Priority = "asap" }));

        Assert.Equal(["priority", "status", "subject"], error.Errors.Keys.Order());
        Assert.Equal("'done' is not a ticket status: use new, open, pending, solved or closed.", error.Errors["status"][0]);
        Assert.Equal("'asap' is not a ticket priority: use low, normal, high or urgent.", error.Errors["priority"][0]);
        Assert.Contains("200", error.Errors["subject"][0]);
    }
}
