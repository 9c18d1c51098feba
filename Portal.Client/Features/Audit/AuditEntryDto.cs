namespace Lodestar.Portal.Client.Features.Audit;

/// <summary>One audit log entry: when (UTC), who (user or API key), what, to what, from where.</summary>
public sealed record AuditEntryDto(
    long Id,
    DateTime OccurredAt,
    string ActorType,
    string? ActorId,
    string ActorName,
    string Action,
    string? TargetType,
    string? TargetId,
    string? TargetDisplay,
    string? Detail,
    string? IpAddress,
    string? UserAgent);
