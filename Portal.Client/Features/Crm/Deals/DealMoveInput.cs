namespace Lodestar.Portal.Client.Features.Crm.Deals;

/// <summary>A move on the board: the stage to go to and, for a won or lost stage, why.</summary>
public sealed record DealMoveInput(long StageId, string? Reason = null);
