namespace Lodestar.Portal.Client.Features.Privacy;

/// <summary>One recorded decision; <see cref="Source"/> is tracking, crm or api.</summary>
public sealed record ConsentChangeDto(
    long Id, string IdentifierType, string IdentifierValue, string Category, bool Granted, DateTime OccurredAt, string Source, string? Reference);
