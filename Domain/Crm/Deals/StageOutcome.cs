namespace Lodestar.Domain.Crm.Deals;

/// <summary>What reaching a stage means for a deal: still being worked, or closed as won or lost.</summary>
public enum StageOutcome
{
    Open = 0,
    Won = 1,
    Lost = 2,
}
