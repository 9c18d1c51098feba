namespace Lodestar.Domain.Crm.Activities;

/// <summary>Who reached out, for a call or an email.</summary>
public enum ActivityDirection
{
    Inbound,
    Outbound,
}
