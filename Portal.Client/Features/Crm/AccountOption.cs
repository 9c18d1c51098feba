namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>An account as pickers show it: a contact knows only its account's id and name, not the whole account.</summary>
public sealed record AccountOption(long Id, string Name);
