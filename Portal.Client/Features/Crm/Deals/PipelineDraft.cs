namespace Lodestar.Portal.Client.Features.Crm.Deals;

/// <summary>A pipeline being edited: its name and stages, reordered and changed in place until saved.</summary>
public sealed class PipelineDraft
{
    public long? Id { get; init; }

    public string? Name { get; set; }

    public List<StageDraft> Stages { get; init; } = [];

    public static PipelineDraft From(PipelineDto pipeline) => new()
    {
        Id = pipeline.Id,
        Name = pipeline.Name,
        Stages = [.. pipeline.Stages.Select(s => new StageDraft { Id = s.Id, Name = s.Name, Probability = s.Probability, Outcome = s.Outcome })],
    };

    /// <summary>A new pipeline starts with the usual shape: two open stages, won and lost.</summary>
    public static PipelineDraft New() => new()
    {
        Name = "",
        Stages =
        [
            new StageDraft { Name = "New", Probability = 10 },
            new StageDraft { Name = "In progress", Probability = 50 },
            new StageDraft { Name = "Won", Probability = 100, Outcome = "won" },
            new StageDraft { Name = "Lost", Probability = 0, Outcome = "lost" },
        ],
    };

    public void Move(int index, int by)
    {
        var target = index + by;
        if (target < 0 || target >= Stages.Count)
            return;
        (Stages[index], Stages[target]) = (Stages[target], Stages[index]);
    }

    public PipelineInput ToInput() =>
        new(ContactForm.Clean(Name), Stages.Select(s => new StageInput(s.Id, ContactForm.Clean(s.Name), s.Probability, s.Outcome)).ToList());
}
