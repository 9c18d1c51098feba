namespace Lodestar.Portal.Client.Features.Privacy;

/// <summary>A profile's consent: current state per category (configured ones first) and the history, newest first.</summary>
public sealed record ProfileConsentDto(IReadOnlyList<ConsentStateDto> Current, IReadOnlyList<ConsentChangeDto> History);
