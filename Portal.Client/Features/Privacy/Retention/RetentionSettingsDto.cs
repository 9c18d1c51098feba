namespace Lodestar.Portal.Client.Features.Privacy.Retention;

/// <summary>Every data class with its limit, the longest limit allowed, and who saved the limits last.</summary>
public sealed record RetentionSettingsDto(IReadOnlyList<RetentionClassDto> Classes, int MaxDays, DateTime? UpdatedAt, string? UpdatedBy);
