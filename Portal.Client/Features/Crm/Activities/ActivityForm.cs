namespace Lodestar.Portal.Client.Features.Crm.Activities;

/// <summary>
/// The composer's editable state. Switching kinds keeps what was typed; <see cref="ToInput"/> sends only the fields the
/// chosen kind has (the API refuses the others), blanks as null.
/// </summary>
public sealed class ActivityForm
{
    public const int SubjectLength = 200;
    public const int BodyLength = 10_000;
    public const int MaxDurationMinutes = 1_440;

    /// <summary>A task is due at the end of the working day of its due date (UTC, like every time the portal shows).</summary>
    public static readonly TimeSpan DueTimeOfDay = TimeSpan.FromHours(17);

    public string Kind { get; set; } = ActivityChoices.Note;
    public string? Subject { get; set; }
    public string? Body { get; set; }
    public int? DurationMinutes { get; set; }
    public string Direction { get; set; } = "outbound";
    public string Outcome { get; set; } = "connected";
    public DateTime? DueDate { get; set; }
    public string? AssigneeId { get; set; }

    public bool HasSubject => Kind != ActivityChoices.Note;
    public bool HasDuration => Kind is ActivityChoices.Call or ActivityChoices.Meeting;
    public bool HasDirection => Kind is ActivityChoices.Call or ActivityChoices.Email;
    public bool IsCall => Kind == ActivityChoices.Call;
    public bool IsTask => Kind == ActivityChoices.Task;

    /// <param name="links">The records the activity is on (only their ids are read).</param>
    public ActivityInput ToInput(ActivityInput links) => links with
    {
        Kind = Kind,
        Subject = HasSubject ? ContactForm.Clean(Subject) : null,
        Body = ContactForm.Clean(Body),
        DurationMinutes = HasDuration ? DurationMinutes : null,
        Direction = HasDirection ? Direction : null,
        Outcome = IsCall ? Outcome : null,
        DueAt = IsTask ? DueDate?.Date + DueTimeOfDay : null,
        AssigneeId = IsTask ? ContactForm.Clean(AssigneeId) : null,
    };
}
