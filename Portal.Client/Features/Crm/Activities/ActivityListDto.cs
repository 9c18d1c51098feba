namespace Lodestar.Portal.Client.Features.Crm.Activities;

public sealed record ActivityListDto(IReadOnlyList<ActivityDto> Items, int Total);
