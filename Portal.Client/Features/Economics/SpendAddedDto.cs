namespace Lodestar.Portal.Client.Features.Economics;

/// <summary>The rows a batch or file stored.</summary>
public sealed record SpendAddedDto(int Added, IReadOnlyList<SpendRowDto> Rows);
