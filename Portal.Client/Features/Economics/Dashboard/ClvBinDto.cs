namespace Lodestar.Portal.Client.Features.Economics.Dashboard;

/// <summary>Customers with a predicted CLV in [from, to); to null: from and above.</summary>
public sealed record ClvBinDto(decimal From, decimal? To, int Customers);
