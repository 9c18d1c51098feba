namespace Lodestar.Portal.Client.Features.Privacy;

/// <summary>A consent decision for one identifier; <see cref="Source"/> is "api" (default) or "crm".</summary>
public sealed record ConsentRequest(string? IdentifierType, string? IdentifierValue, string? Category, bool? Granted, string? Source = null);
