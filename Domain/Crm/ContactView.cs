namespace Lodestar.Domain.Crm;

/// <summary>A contact with what the pages show beside it: its account's and owner's names, and its unified profile.</summary>
public sealed record ContactView(Contact Contact, string? AccountName, string? OwnerName, long? ProfileId);
