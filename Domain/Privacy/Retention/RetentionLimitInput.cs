namespace Lodestar.Domain.Privacy.Retention;

/// <summary>A class's limit as an admin sets it: days to keep, or null to keep forever.</summary>
public sealed record RetentionLimitInput(string? Class, int? Days);
