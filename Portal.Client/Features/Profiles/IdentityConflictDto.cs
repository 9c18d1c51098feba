namespace Lodestar.Portal.Client.Features.Profiles;

/// <summary>An identifier left off a message instead of merging, and why (a limit, two userIds).</summary>
public sealed record IdentityConflictDto(string IdentifierType, string IdentifierValue, string Reason, string MessageId, long EventId, DateTime At);
