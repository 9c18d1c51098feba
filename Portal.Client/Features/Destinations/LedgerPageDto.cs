namespace Lodestar.Portal.Client.Features.Destinations;

public sealed record LedgerPageDto(IReadOnlyList<LedgerEntryDto> Entries, int Total);
