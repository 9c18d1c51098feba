namespace Lodestar.Domain.Privacy;

/// <summary>A profile's consent: the current state per category (configured ones first) and every change, newest first.</summary>
public sealed record ProfileConsent(IReadOnlyList<ConsentState> Current, IReadOnlyList<ConsentChange> History);
