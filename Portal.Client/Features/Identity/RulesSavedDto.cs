namespace Lodestar.Portal.Client.Features.Identity;

/// <summary>The rules now in force, and the rebuild job that applies them to every profile.</summary>
public sealed record RulesSavedDto(IdentityRulesDto Rules, string RebuildJobId);
