namespace Lodestar.Portal.Client.Features.Identity;

/// <param name="Pending">Pending suggestions in all (at any probability).</param>
/// <param name="RefreshedAt">When the duplicate-suggestions job last ran; null before its first run.</param>
public sealed record DuplicateListDto(IReadOnlyList<DuplicateSuggestionDto> Items, int Pending, DateTime? RefreshedAt);
