namespace Lodestar.Domain.Privacy;

/// <summary>One entry of a message's <c>context.consent.categoryPreferences</c>.</summary>
public readonly record struct ConsentPreference(string Category, bool Granted);
