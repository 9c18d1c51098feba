namespace Lodestar.Domain.Privacy;

/// <summary>Where a consent decision came from.</summary>
public enum ConsentSource
{
    Tracking,
    Crm,
    Api,
}
