namespace Lodestar.Portal.Client.Features.Economics;

/// <summary>Spend rows stored together: all of them, or none when any is wrong.</summary>
public sealed record SpendBatchDto(IReadOnlyList<SpendInputDto>? Rows);
