namespace Lodestar.Domain.Privacy;

/// <summary>
/// A profile's current decision for one category: the latest change over all its identifiers (null fields: unknown,
/// nobody recorded one). <see cref="Configured"/> is false for categories tracking sent that are not in the settings.
/// </summary>
public sealed record ConsentState(string Category, bool Configured, bool? Granted, DateTime? Since, ConsentSource? Source, string? Reference);
