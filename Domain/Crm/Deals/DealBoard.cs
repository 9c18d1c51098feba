namespace Lodestar.Domain.Crm.Deals;

/// <summary>A pipeline as a board: each stage's first deals and the count and value of all of them.</summary>
public sealed record DealBoard(Pipeline Pipeline, IReadOnlyList<DealBoardColumn> Columns);
