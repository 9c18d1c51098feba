using Lodestar.Domain.Economics.Cohorts;

namespace Lodestar.Domain.Economics.Reports;

/// <summary>One channel's or one month's acquisition economics.</summary>
public sealed record CacRow(string Key, AcquisitionEconomics Economics);
