namespace Lodestar.Portal.Client.Features.Privacy.Deletions;

public sealed record DeletionListDto(IReadOnlyList<DeletionDto> Items, int Total);
