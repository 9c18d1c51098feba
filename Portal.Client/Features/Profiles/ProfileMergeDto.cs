namespace Lodestar.Portal.Client.Features.Profiles;

/// <summary>Profile <see cref="MergedId"/> was merged into <see cref="SurvivorId"/> because the identifier appeared on the message.</summary>
/// <param name="ByAdmin">An admin merged them (an accepted duplicate suggestion); no message did.</param>
public sealed record ProfileMergeDto(
    long Id, long SurvivorId, long MergedId, string IdentifierType, string IdentifierValue, string MessageId, long EventId, string Rule, DateTime At,
    bool ByAdmin = false);
