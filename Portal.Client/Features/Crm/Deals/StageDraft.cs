namespace Lodestar.Portal.Client.Features.Crm.Deals;

/// <summary>A stage being edited; no id until saved.</summary>
public sealed class StageDraft
{
    public long? Id { get; init; }

    public string? Name { get; set; }

    public int Probability { get; set; }

    public string Outcome { get; set; } = "open";
}
