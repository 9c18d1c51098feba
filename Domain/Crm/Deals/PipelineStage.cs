namespace Lodestar.Domain.Crm.Deals;

/// <summary>A column of the board: its place, the win probability it implies and whether it closes the deal.</summary>
public class PipelineStage
{
    public long Id { get; set; }

    public long PipelineId { get; set; }

    public required string Name { get; set; }

    public int Position { get; set; }

    /// <summary>Percent (0–100) a deal in this stage is expected to close, unless the deal says otherwise.</summary>
    public int Probability { get; set; }

    public StageOutcome Outcome { get; set; }
}
