namespace Lodestar.Portal.Client.Features.Crm.Activities;

/// <summary>The API's names for activity kinds, call directions and outcomes, and how they read to a person.</summary>
public static class ActivityChoices
{
    public const string Note = "note";
    public const string Call = "call";
    public const string Email = "email";
    public const string Meeting = "meeting";
    public const string Task = "task";

    public static readonly IReadOnlyList<string> Kinds = [Note, Call, Email, Meeting, Task];

    public static readonly IReadOnlyList<string> Directions = ["outbound", "inbound"];

    public static readonly IReadOnlyList<string> Outcomes = ["connected", "no-answer", "left-voicemail", "busy"];

    /// <summary>"no-answer" reads "No answer".</summary>
    public static string Label(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..].Replace('-', ' ');

    public static string Icon(string kind) => kind switch
    {
        Call => MudBlazor.Icons.Material.Filled.Phone,
        Email => MudBlazor.Icons.Material.Filled.Email,
        Meeting => MudBlazor.Icons.Material.Filled.Groups,
        Task => MudBlazor.Icons.Material.Filled.TaskAlt,
        _ => MudBlazor.Icons.Material.Filled.StickyNote2,
    };
}
