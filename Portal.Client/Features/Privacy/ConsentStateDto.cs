namespace Lodestar.Portal.Client.Features.Privacy;

/// <summary>The current decision for a category; <see cref="Granted"/> null: unknown (never recorded).</summary>
public sealed record ConsentStateDto(string Category, bool Configured, bool? Granted, DateTime? Since, string? Source, string? Reference);
