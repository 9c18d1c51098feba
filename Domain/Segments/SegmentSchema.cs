namespace Lodestar.Domain.Segments;

/// <summary>What the builder offers: traits and their types, event names, deal stages, owners, other segments, consent categories.</summary>
public sealed record SegmentSchema(
    IReadOnlyList<(string Name, string Type)> Traits,
    IReadOnlyList<string> Events,
    IReadOnlyList<(long Id, string Name)> Stages,
    IReadOnlyList<(string Id, string Name)> Owners,
    IReadOnlyList<(long Id, string Name)> Segments,
    IReadOnlyList<string> ConsentCategories);
