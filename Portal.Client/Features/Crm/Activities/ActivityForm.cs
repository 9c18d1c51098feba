namespace Lodestar.Portal.Client.Features.Crm.Activities;

/// <summary>
/// The composer's editable state, new or filled in from a logged activity (<see cref="From"/>). Switching kinds keeps
/// what was typed; <see cref="ToInput"/> sends only the fields the chosen kind has (the API refuses the others), blanks as null.
/// </summary>
public sealed class ActivityForm
{
    public const int SubjectLength = 200;
    public const int BodyLength = 10_000;
    public const int MaxDurationMinutes = 1_440;

    /// <summary>A task is due at the end of the working day of its due date (UTC, like every time the portal shows).</summary>
    public static readonly TimeSpan DueTimeOfDay = TimeSpan.FromHours(17);

    /// <summary>The activity being edited; null for a new one.</summary>
    public long? Id { get; init; }

    public string Kind { get; set; } = ActivityChoices.Note;
    public string? Subject { get; set; }
    public string? Body { get; set; }
    public int? DurationMinutes { get; set; }
    public string Direction { get; set; } = "outbound";
    public string Outcome { get; set; } = "connected";
    public DateTime? DueDate { get; set; }

    /// <summary>A task keeps the time of day it is due when edited.</summary>
    public TimeSpan DueTime { get; set; } = DueTimeOfDay;

    public string? AssigneeId { get; set; }

    /// <summary>When the call, email, meeting or note happened (UTC); null while it is "now": the server's time of the save.</summary>
    public DateTime? OccurredAt { get; set; }

    public bool HasSubject => Kind != ActivityChoices.Note;
    public bool HasDuration => Kind is ActivityChoices.Call or ActivityChoices.Meeting;
    public bool HasDirection => Kind is ActivityChoices.Call or ActivityChoices.Email;
    public bool IsCall => Kind == ActivityChoices.Call;
    public bool IsTask => Kind == ActivityChoices.Task;

    /// <summary>The activity's fields to edit, its kind's defaults for the fields it does not have.</summary>
    public static ActivityForm From(ActivityDto activity) => new()
    {
        Id = activity.Id, Kind = activity.Kind, Subject = activity.Subject, Body = activity.Body, DurationMinutes = activity.DurationMinutes,
        Direction = activity.Direction ?? "outbound", Outcome = activity.Outcome ?? "connected", DueDate = activity.DueAt?.Date,
        DueTime = activity.DueAt?.TimeOfDay ?? DueTimeOfDay, AssigneeId = activity.AssigneeId, OccurredAt = activity.OccurredAt,
    };

    /// <summary>The records the activity is on, as <see cref="ToInput"/> takes them.</summary>
    public static ActivityInput LinksOf(ActivityDto activity) =>
        new() { ContactId = activity.ContactId, AccountId = activity.AccountId, DealId = activity.DealId, TicketId = activity.TicketId };

    /// <param name="links">The records the activity is on (only their ids are read).</param>
    public ActivityInput ToInput(ActivityInput links) => links with
    {
        Kind = Kind,
        Subject = HasSubject ? ContactForm.Clean(Subject) : null,
        Body = ContactForm.Clean(Body),
        DurationMinutes = HasDuration ? DurationMinutes : null,
        Direction = HasDirection ? Direction : null,
        Outcome = IsCall ? Outcome : null,
        DueAt = IsTask ? DueDate?.Date + DueTime : null,
        AssigneeId = IsTask ? ContactForm.Clean(AssigneeId) : null,
        // A new task is written now; an edited one keeps when it was.
        OccurredAt = IsTask && Id is null ? null : OccurredAt,
    };
}
