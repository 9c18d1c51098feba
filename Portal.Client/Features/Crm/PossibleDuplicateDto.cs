namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>An existing record that looks like the one being saved, and why (e.g. "same email").</summary>
public sealed record PossibleDuplicateDto(long Id, string Name, string Reason);
