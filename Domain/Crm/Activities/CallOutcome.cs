namespace Lodestar.Domain.Crm.Activities;

/// <summary>How a logged call went; the API names them in kebab case (<c>no-answer</c>).</summary>
public enum CallOutcome
{
    Connected,
    NoAnswer,
    LeftVoicemail,
    Busy,
}
