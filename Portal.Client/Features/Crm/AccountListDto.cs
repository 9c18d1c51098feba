namespace Lodestar.Portal.Client.Features.Crm;

public sealed record AccountListDto(IReadOnlyList<AccountDto> Items, int Total);
