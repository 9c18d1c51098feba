namespace Lodestar.Portal.Client.Features.Identity;

/// <param name="Decision">accepted or rejected.</param>
/// <param name="ProfileId">After an accept, the profile both are now; else null.</param>
public sealed record DuplicateDecisionDto(long Id, string Decision, long? ProfileId);
