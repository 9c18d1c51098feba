namespace Lodestar.Portal.Client.Features.Economics;

/// <summary>A spend row as sent: the day (YYYY-MM-DD), channel (matched to acquisition channels whatever the case), optional campaign, cost in the currency's units (1250.50) and its ISO code.</summary>
public sealed record SpendInputDto(string? Date, string? Channel, string? Campaign, decimal? Cost, string? Currency);
