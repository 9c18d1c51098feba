namespace Lodestar.Portal.Client.Features.Privacy.Retention;

/// <summary>One class's limit: days to keep, or null to keep forever.</summary>
public sealed record RetentionLimitDto(string? Class, int? Days);
