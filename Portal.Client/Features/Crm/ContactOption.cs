namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>A contact as pickers show it: its id and name.</summary>
public sealed record ContactOption(long Id, string Name);
