namespace Lodestar.Portal.Client.Features.Identity;

/// <summary>Two profiles that are probably one person, with the per-field evidence behind the probability.</summary>
public sealed record DuplicateSuggestionDto(
    long Id,
    double Probability,
    DuplicateProfileDto Left,
    DuplicateProfileDto Right,
    IReadOnlyList<DuplicateEvidenceDto> Evidence,
    DateTime CreatedAt);
