namespace Lodestar.Portal.Client.Features.Identity;

/// <summary>What the identity rules tab is waiting for; one thing at a time, so the buttons cannot overlap it.</summary>
internal enum RulesWork
{
    None,
    DryRun,
    Saving,
    Rebuilding,
}
