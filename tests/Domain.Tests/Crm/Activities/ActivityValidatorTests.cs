using Lodestar.Domain.Crm.Activities;

namespace Lodestar.Domain.Tests.Crm.Activities;

public sealed class ActivityValidatorTests
{
    private static readonly DateTime Now = new(2026, 5, 4, 9, 0, 0, DateTimeKind.Utc);

    private static DomainValidationException Refused(ActivityFields input) => Assert.Throws<DomainValidationException>(() => ActivityValidator.Normalize(input, Now));

    [Fact]
    public void Normalize_Call_TrimsParsesAndDefaultsTheTimeToNow()
    {
        var fields = ActivityValidator.Normalize(new ActivityFields
        {
            Kind = " Call", Subject = " Intro call ", Body = " Went well. ", ContactId = 3, DurationMinutes = 15, Direction = "outbound", Outcome = "LEFT-VOICEMAIL",
        }, Now);

        Assert.Equal(new CheckedActivityFields(ActivityKind.Call, "Intro call", "Went well.", 3, null, null, null, Now, 15, ActivityDirection.Outbound,
            CallOutcome.LeftVoicemail, null, null), fields);
    }

    [Fact]
    public void Normalize_NoteWithoutSubject_SubjectIsTheBodysFirstLineWithoutMarks()
    {
        var fields = ActivityValidator.Normalize(new ActivityFields { Kind = "note", Subject = " ", Body = "\n- **Budget** approved\n- next: legal", DealId = 8 }, Now);

        Assert.Equal(("Budget approved", (long?)8), (fields.Subject, fields.DealId));
    }

    [Fact]
    public void Normalize_NoteFirstLineTooLong_SubjectShortenedToTheLimit()
    {
        var fields = ActivityValidator.Normalize(new ActivityFields { Kind = "note", Body = new string('x', 300), AccountId = 1 }, Now);

        Assert.Equal(ActivityLimits.Subject, fields.Subject.Length);
        Assert.EndsWith("…", fields.Subject, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "kind")]
    [InlineData("lunch", "kind")]
    [InlineData("call", "subject")]
    [InlineData("note", "body")]
    public void Normalize_MissingOrUnknownBasics_NamesTheField(string? kind, string field)
    {
        var error = Refused(new ActivityFields { Kind = kind, ContactId = 1 });

        Assert.Contains(field, error.Errors.Keys);
    }

    [Fact]
    public void Normalize_NoLinkedRecord_AsksForOne()
    {
        var error = Refused(new ActivityFields { Kind = "call", Subject = "Hi" });

        Assert.Equal("Link the activity to a contact, account, deal or ticket.", Assert.Single(error.Errors["contactId"]));
    }

    [Fact]
    public void Normalize_FieldsOfOtherKinds_EachNamed()
    {
        var error = Refused(new ActivityFields
        {
            Kind = "note", Body = "Hello", ContactId = 1, DurationMinutes = 5, Direction = "inbound", Outcome = "busy", DueAt = Now, AssigneeId = "u",
        });

        Assert.Equal(["assigneeId", "direction", "dueAt", "durationMinutes", "outcome"], error.Errors.Keys.Order());
        Assert.Equal("Only calls have an outcome, not a note.", error.Errors["outcome"][0]);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1441)]
    public void Normalize_DurationOutOfRange_NamesDuration(int minutes)
    {
        var error = Refused(new ActivityFields { Kind = "meeting", Subject = "Demo", ContactId = 1, DurationMinutes = minutes });

        Assert.Equal(["durationMinutes"], error.Errors.Keys);
    }

    [Fact]
    public void Normalize_BadChoicesAndTaskWithoutDueTime_NamesEachField()
    {
        var call = Refused(new ActivityFields { Kind = "call", Subject = "x", ContactId = 1, Direction = "sideways", Outcome = "maybe" });
        var task = Refused(new ActivityFields { Kind = "task", Subject = "Send quote", ContactId = 1, Body = new string('b', ActivityLimits.Body + 1) });

        Assert.Equal(["direction", "outcome"], call.Errors.Keys.Order());
        Assert.Contains("connected, no-answer, left-voicemail or busy", call.Errors["outcome"][0], StringComparison.Ordinal);
        Assert.Equal(["body", "dueAt"], task.Errors.Keys.Order());
    }
}
