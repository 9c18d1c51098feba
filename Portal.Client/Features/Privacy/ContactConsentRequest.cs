namespace Lodestar.Portal.Client.Features.Privacy;

/// <summary>An opt-in (<see cref="Granted"/> true) or opt-out made on a CRM contact.</summary>
public sealed record ContactConsentRequest(string? Category, bool? Granted);
