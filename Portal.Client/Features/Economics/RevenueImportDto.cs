namespace Lodestar.Portal.Client.Features.Economics;

/// <summary>How many historical transactions a file stored.</summary>
public sealed record RevenueImportDto(int Imported);
