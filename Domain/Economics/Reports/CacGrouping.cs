namespace Lodestar.Domain.Economics.Reports;

/// <summary>How the CAC report splits the period: by acquisition channel or by month of first purchase.</summary>
public enum CacGrouping
{
    Channel = 0,
    Month = 1,
}
