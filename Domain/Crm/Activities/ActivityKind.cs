namespace Lodestar.Domain.Crm.Activities;

/// <summary>What an activity records; the API names them in lower case.</summary>
public enum ActivityKind
{
    Note,
    Call,
    Email,
    Meeting,
    Task,
}
