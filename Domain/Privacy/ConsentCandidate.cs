namespace Lodestar.Domain.Privacy;

/// <summary>A consent change from tracking; <see cref="First"/>: the first of its key in the batch, stored only if it differs from the stored state.</summary>
public sealed record ConsentCandidate(ConsentChange Change, bool First);
