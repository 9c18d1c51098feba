namespace Lodestar.Portal.Client.Features.Identity;

/// <summary>One compared field: both values, how well they agree, and the weight (log2 of m/u) it adds.</summary>
public sealed record DuplicateEvidenceDto(string Field, string? Left, string? Right, string Level, double Weight);
