namespace Lodestar.Portal.Client.Features.Settings;

public sealed record ApiKeyDto(
    int Id,
    string Name,
    string Prefix,
    string Role,
    DateTime CreatedAt,
    string? CreatedBy,
    DateTime? LastUsedAt,
    DateTime? RevokedAt);
