namespace Lodestar.Domain.Economics.Reports;

/// <summary>Customers whose predicted CLV (minor units) is in [<paramref name="From"/>, <paramref name="To"/>); <paramref name="To"/> null: and above.</summary>
public sealed record ClvHistogramBin(long From, long? To, int Customers);
