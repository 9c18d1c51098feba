namespace Lodestar.Domain.Crm;

/// <summary>An existing record that looks like the one being saved, and why.</summary>
public sealed record PossibleDuplicate(long Id, string Name, string Reason);
