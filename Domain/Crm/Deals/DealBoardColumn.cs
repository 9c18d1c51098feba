namespace Lodestar.Domain.Crm.Deals;

/// <summary>One stage on the board; <see cref="Totals"/> is the sum of every deal in it per currency (minor units).</summary>
public sealed record DealBoardColumn(PipelineStage Stage, int Count, IReadOnlyDictionary<string, long> Totals, IReadOnlyList<DealView> Deals);
