namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>A contact as pickers show it, with its account so that a ticket for the contact can start at that account.</summary>
public sealed record ContactOption(long Id, string Name, AccountOption? Account = null);
