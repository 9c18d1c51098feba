namespace Lodestar.Portal.Client.Features.Profiles;

/// <summary>Profile <see cref="MergedId"/> was merged into <see cref="SurvivorId"/> because the identifier appeared on the message.</summary>
public sealed record ProfileMergeDto(
    long Id, long SurvivorId, long MergedId, string IdentifierType, string IdentifierValue, string MessageId, long EventId, string Rule, DateTime At);
