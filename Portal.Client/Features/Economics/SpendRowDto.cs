namespace Lodestar.Portal.Client.Features.Economics;

/// <summary>A stored spend row; cost in units of its currency.</summary>
public sealed record SpendRowDto(long Id, string Date, string Channel, string? Campaign, decimal Cost, string Currency);
