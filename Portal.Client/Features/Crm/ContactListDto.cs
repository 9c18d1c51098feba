namespace Lodestar.Portal.Client.Features.Crm;

public sealed record ContactListDto(IReadOnlyList<ContactDto> Items, int Total);
