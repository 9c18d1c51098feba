using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Crm.Activities;

/// <summary>
/// The activity composer of a record page: a kind selector (note, call, email, meeting, task) with the fields each kind
/// has, checked before saving; what the server refuses is shown under its field. After a save the form empties and
/// <see cref="Saved"/> hears of the new activity. Given <see cref="Editing"/>, it is filled in with that activity and saves
/// its changes instead.
/// </summary>
public sealed partial class ActivityComposer
{
    private const string WhenFormat = "yyyy-MM-ddTHH:mm";

    private MudForm _form = default!;
    private ActivityForm _model = new();
    private RecordSave<ActivityInput, ActivityDto> _save = default!;

    [Inject]
    private IActivitiesApi Api { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    /// <summary>The records a new activity is on: only the link ids are read.</summary>
    [Parameter, EditorRequired]
    public ActivityInput Links { get; set; } = new();

    /// <summary>The activity to edit (pass its own records as <see cref="Links"/>); null to log a new one.</summary>
    [Parameter]
    public ActivityDto? Editing { get; set; }

    [Parameter]
    public EventCallback<ActivityDto> Saved { get; set; }

    /// <summary>Editing was given up (the Cancel button shows only while editing).</summary>
    [Parameter]
    public EventCallback Canceled { get; set; }

    protected override void OnInitialized()
    {
        _model = Editing is null ? NewForm() : ActivityForm.From(Editing);
        _save = new RecordSave<ActivityInput, ActivityDto>(CrmFields.Activity, _ => Task.FromResult<IReadOnlyList<PossibleDuplicateDto>>([]),
            input => Editing is null ? Api.CreateAsync(input) : Api.UpdateAsync(Editing.Id, input));
    }

    /// <summary>What the When field shows until someone changes it: the minute it is now.</summary>
    private DateTime Now
    {
        get
        {
            var now = Clock.GetUtcNow().UtcDateTime;
            return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMinute));
        }
    }

    // The browser's date-time field has no time zone: the portal's times are UTC.
    private void WhenChanged(DateTime? when) => _model.OccurredAt = when is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null;

    private string SubjectRequired => _model.IsTask ? "Enter the task: what is to be done." : $"Enter a subject: what the {_model.Kind} was about.";

    private string SaveLabel => Editing is not null ? "Save changes" : _model.Kind switch
    {
        ActivityChoices.Note => "Save note",
        ActivityChoices.Task => "Add task",
        var kind => "Log " + kind,
    };

    private static string KindLabel(string kind) => kind switch
    {
        ActivityChoices.Call => "Log call",
        var other => ActivityChoices.Label(other),
    };

    private static string? CheckSubject(string? subject) =>
        subject?.Trim().Length > ActivityForm.SubjectLength ? $"Keep the subject to {ActivityForm.SubjectLength} characters; put the rest in the notes." : null;

    private static string? CheckBody(string? body) =>
        body?.Trim().Length > ActivityForm.BodyLength ? $"The text is too long: at most {ActivityForm.BodyLength:N0} characters." : null;

    private static string? CheckDuration(int? minutes) =>
        minutes is < 0 or > ActivityForm.MaxDurationMinutes ? $"Enter the minutes, from 0 to {ActivityForm.MaxDurationMinutes:N0} (a day)." : null;

    /// <summary>A new form of the same kind, a new task due tomorrow.</summary>
    private ActivityForm NewForm(string kind = ActivityChoices.Note) =>
        new() { Kind = kind, DueDate = Clock.GetUtcNow().UtcDateTime.Date.AddDays(1) };

    private async Task SaveAsync()
    {
        if (await _save.RunAsync(_form, () => _model.ToInput(Links), checkDuplicates: false, StateHasChanged) is not { } saved)
            return;
        if (Editing is null)
            _model = NewForm(_model.Kind);
        await Saved.InvokeAsync(saved);
    }
}
