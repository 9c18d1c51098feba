namespace Lodestar.Domain.Crm.Deals;

/// <summary>A sales process: the ordered stages its deals move through.</summary>
public class Pipeline
{
    public long Id { get; set; }

    public required string Name { get; set; }

    /// <summary>Where the pipeline is listed; the first one opens by default.</summary>
    public int Position { get; set; }

    public List<PipelineStage> Stages { get; set; } = [];

    public DateTime CreatedAt { get; set; }
}
