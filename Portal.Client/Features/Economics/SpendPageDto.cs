namespace Lodestar.Portal.Client.Features.Economics;

/// <summary>A page of spend rows, newest day first.</summary>
public sealed record SpendPageDto(IReadOnlyList<SpendRowDto> Items, int Total);
