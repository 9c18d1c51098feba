namespace Lodestar.Domain.Privacy;

/// <summary>A consent decision to record for one identifier (from the API or the CRM).</summary>
public sealed record ConsentInput(string? IdentifierType, string? IdentifierValue, string? Category, bool? Granted);
