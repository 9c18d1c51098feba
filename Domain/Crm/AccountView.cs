namespace Lodestar.Domain.Crm;

/// <summary>An account with its owner's name and how many contacts it has.</summary>
public sealed record AccountView(Account Account, string? OwnerName, int ContactCount);
